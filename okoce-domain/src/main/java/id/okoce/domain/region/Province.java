package id.okoce.domain.region;

import java.util.Objects;

/** A province (provinsi) of the reference list: its code and official name. */
public record Province(ProvinceCode code, String name) {

    /** Checks both parts are present. */
    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
