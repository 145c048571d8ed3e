package id.okoce.domain.importing;

import id.okoce.domain.shared.DomainException;
import java.util.Locale;

/** How an import treats bad rows. */
public enum ImportMode {
    /** Check every row as a real import would, then roll everything back: a dry run. */
    VALIDATE_ONLY,
    /** One transaction: every good row goes in only if no row is bad. */
    ALL_OR_NOTHING,
    /** Good rows go in, batch by batch; bad rows are reported. A rerun skips what is already in. */
    PER_ROW;

    /** Parses {@code validate-only}, {@code all-or-nothing}, {@code per-row} (or the enum names). */
    public static ImportMode parse(String raw) {
        if (raw != null) {
            String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (ImportMode mode : values()) {
                if (mode.name().equals(name)) {
                    return mode;
                }
            }
        }
        throw new DomainException(ImportError.IMPORT_MODE_UNKNOWN, "mode", "mode must be validate-only, all-or-nothing or per-row");
    }

    /** The name as written on the command line, e.g. {@code per-row}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
