package id.okoce.domain.region;

import id.okoce.domain.shared.DomainException;
import java.util.Objects;

/**
 * A kabupaten (regency) or kota (city) by its Kemendagri code: four digits {@code PP.KK}, where
 * {@code KK} 01–69 is a kabupaten and 71–99 a kota. Accepts {@code 31.71} and {@code 3171};
 * prints the dotted form. An instance always names a kabupaten/kota of the reference list.
 */
public final class RegencyCode implements Comparable<RegencyCode> {

    private final String digits;

    private RegencyCode(String digits) {
        this.digits = digits;
    }

    /**
     * Parses and checks a kabupaten/kota code.
     *
     * @throws DomainException {@code REGION_MALFORMED} or {@code REGION_UNKNOWN}
     */
    public static RegencyCode of(String raw) {
        String digits = CodeShape.digits(raw, 2, "kabupaten");
        RegencyCode code = new RegencyCode(digits);
        if (!Regions.kemendagri2025().contains(code)) {
            throw new DomainException(RegionError.REGION_UNKNOWN, "kabupaten",
                    "no kabupaten/kota has code " + CodeShape.dotted(digits));
        }
        return Regions.kemendagri2025().regency(code).code();
    }

    /** Builds a code without checking it against the reference list; for the list itself. */
    static RegencyCode unchecked(String digits) {
        return new RegencyCode(digits);
    }

    /** The bare four digits, e.g. {@code 3171}. */
    public String digits() {
        return digits;
    }

    /** The province this kabupaten/kota lies in. */
    public ProvinceCode province() {
        return Regions.kemendagri2025().regency(this).province();
    }

    /** True for a kota (city, {@code KK} 71–99), false for a kabupaten. */
    public boolean isCity() {
        return digits.charAt(2) >= '7';
    }

    /** The kabupaten/kota this code names, with its name. */
    public Regency regency() {
        return Regions.kemendagri2025().regency(this);
    }

    @Override
    public int compareTo(RegencyCode other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegencyCode other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    /** The dotted form, e.g. {@code 31.71}. */
    @Override
    public String toString() {
        return CodeShape.dotted(digits);
    }
}
