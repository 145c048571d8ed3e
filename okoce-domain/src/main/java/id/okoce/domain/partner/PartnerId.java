package id.okoce.domain.partner;

import java.util.Objects;
import java.util.UUID;

/** A partner's identity. */
public record PartnerId(UUID value) {

    /** Checks the value is present. */
    public PartnerId {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh random id. */
    public static PartnerId random() {
        return new PartnerId(UUID.randomUUID());
    }

    /** Parses the UUID text form; throws {@link IllegalArgumentException} when malformed. */
    public static PartnerId parse(String text) {
        return new PartnerId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
