package id.okoce.domain.region;

import id.okoce.domain.shared.DomainException;
import java.util.Objects;

/**
 * A kecamatan (sub-district) by its Kemendagri code: six digits {@code PP.KK.CC}. Accepts
 * {@code 31.71.01} and {@code 317101}; prints the dotted form. An instance always names a kecamatan
 * of the reference list, and knows its kabupaten/kota and province.
 */
public final class KecamatanCode implements Comparable<KecamatanCode> {

    private final String digits;

    private KecamatanCode(String digits) {
        this.digits = digits;
    }

    /**
     * Parses and checks a kecamatan code.
     *
     * @throws DomainException {@code REGION_MALFORMED} or {@code REGION_UNKNOWN}
     */
    public static KecamatanCode of(String raw) {
        String digits = CodeShape.digits(raw, 3, "kecamatan");
        KecamatanCode code = new KecamatanCode(digits);
        if (!Regions.kemendagri2025().contains(code)) {
            throw new DomainException(RegionError.REGION_UNKNOWN, "kecamatan",
                    "no kecamatan has code " + CodeShape.dotted(digits));
        }
        return Regions.kemendagri2025().kecamatan(code).code();
    }

    /** Builds a code without checking it against the reference list; for the list itself. */
    static KecamatanCode unchecked(String digits) {
        return new KecamatanCode(digits);
    }

    /** The bare six digits, e.g. {@code 317101}. */
    public String digits() {
        return digits;
    }

    /** The kabupaten/kota this kecamatan lies in. */
    public RegencyCode regency() {
        return Regions.kemendagri2025().kecamatan(this).regency();
    }

    /** The province this kecamatan lies in. */
    public ProvinceCode province() {
        return Regions.kemendagri2025().kecamatan(this).province();
    }

    /** The kecamatan this code names, with its name. */
    public Kecamatan kecamatan() {
        return Regions.kemendagri2025().kecamatan(this);
    }

    @Override
    public int compareTo(KecamatanCode other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KecamatanCode other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    /** The dotted form, e.g. {@code 31.71.01}. */
    @Override
    public String toString() {
        return CodeShape.dotted(digits);
    }
}
