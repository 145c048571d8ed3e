package id.okoce.domain.business;

import id.okoce.domain.shared.DomainException;
import java.util.Locale;

/** The kinds of business licence (izin usaha) that complete the licensing stage (P4). */
public enum LicenceType {
    /** Izin Usaha Mikro Kecil, from the kecamatan. */
    IUMK,
    /** Surat Keterangan Usaha. */
    SKU,
    /** Surat Izin Usaha Perdagangan (Mikro/Kecil). */
    SIUP,
    /** Sertifikat Produksi Pangan Industri Rumah Tangga. */
    SP_PIRT,
    /** Nomor Induk Berusaha from OSS; its number must be a valid {@link Nib}. */
    NIB;

    /** Parses a licence type; accepts {@code SP-PIRT} and {@code SP_PIRT}; refuses others with {@code LICENCE_TYPE_UNKNOWN}. */
    public static LicenceType parse(String raw) {
        if (raw != null) {
            String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (LicenceType type : values()) {
                if (type.name().equals(name)) {
                    return type;
                }
            }
        }
        throw new DomainException(BusinessError.LICENCE_TYPE_UNKNOWN, "licenceType",
                "licenceType must be one of IUMK, SKU, SIUP, SP-PIRT, NIB");
    }

    /** The name as printed on documents, e.g. {@code SP-PIRT}. */
    public String label() {
        return name().replace('_', '-');
    }
}
