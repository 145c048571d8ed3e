package id.okoce.domain.business;

import id.okoce.domain.shared.DomainException;
import java.util.Arrays;
import java.util.Locale;

/** The sector (bidang usaha) of a member's business, as OK OCE groups them. */
public enum BusinessSector {
    /** Food and drink (kuliner). */
    KULINER,
    /** Clothing and fashion (fesyen). */
    FASHION,
    /** Crafts (kriya). */
    KRIYA,
    /** Trade and retail (perdagangan). */
    PERDAGANGAN,
    /** Services (jasa). */
    JASA,
    /** Farming, fishing and livestock (agribisnis). */
    AGRIBISNIS,
    /** Digital and technology (teknologi). */
    TEKNOLOGI,
    /** Anything else (lainnya). */
    LAINNYA;

    /** Parses a sector name, case-insensitively; refuses unknown names with {@code SECTOR_UNKNOWN}. */
    public static BusinessSector parse(String raw) {
        if (raw != null) {
            String name = raw.strip().toUpperCase(Locale.ROOT);
            for (BusinessSector sector : values()) {
                if (sector.name().equals(name)) {
                    return sector;
                }
            }
        }
        throw new DomainException(BusinessError.SECTOR_UNKNOWN, "sector",
                "sector must be one of " + Arrays.toString(values()));
    }
}
