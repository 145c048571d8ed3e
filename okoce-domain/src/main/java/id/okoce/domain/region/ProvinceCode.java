package id.okoce.domain.region;

import id.okoce.domain.shared.DomainException;
import java.util.Objects;

/**
 * A province's Kemendagri code (two digits, e.g. {@code 31} for DKI Jakarta). An instance always
 * names a province of the reference list.
 */
public final class ProvinceCode implements Comparable<ProvinceCode> {

    private final String digits;

    private ProvinceCode(String digits) {
        this.digits = digits;
    }

    /**
     * Parses and checks a province code.
     *
     * @throws DomainException {@code REGION_MALFORMED} if not two digits, {@code REGION_UNKNOWN} if
     *                         no such province exists
     */
    public static ProvinceCode of(String raw) {
        String digits = CodeShape.digits(raw, 1, "province");
        ProvinceCode code = new ProvinceCode(digits);
        if (!Regions.kemendagri2025().contains(code)) {
            throw new DomainException(RegionError.REGION_UNKNOWN, "province",
                    "no province has code " + digits);
        }
        return Regions.kemendagri2025().province(code).code();
    }

    /** Whether {@code raw} is the code of a known province (never throws). */
    public static boolean isKnown(String raw) {
        return raw != null && raw.length() == 2 && Regions.kemendagri2025().contains(new ProvinceCode(raw));
    }

    /** Builds a code without checking it against the reference list; for the list itself. */
    static ProvinceCode unchecked(String digits) {
        return new ProvinceCode(digits);
    }

    /** The two digits, e.g. {@code 31}. */
    public String value() {
        return digits;
    }

    /** The province this code names, with its name. */
    public Province province() {
        return Regions.kemendagri2025().province(this);
    }

    @Override
    public int compareTo(ProvinceCode other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProvinceCode other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
