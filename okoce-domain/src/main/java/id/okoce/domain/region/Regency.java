package id.okoce.domain.region;

import java.util.Objects;

/** A kabupaten or kota of the reference list: its code, official name and province. */
public record Regency(RegencyCode code, String name, ProvinceCode province) {

    /** Checks every part is present. */
    public Regency {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(province, "province");
    }
}
