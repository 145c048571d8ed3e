package id.okoce.domain.region;

import java.util.Objects;

/** A kecamatan of the reference list: its code, official name, kabupaten/kota and province. */
public record Kecamatan(KecamatanCode code, String name, RegencyCode regency, ProvinceCode province) {

    /** Checks every part is present. */
    public Kecamatan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regency, "regency");
        Objects.requireNonNull(province, "province");
    }
}
