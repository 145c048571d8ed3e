package id.okoce.domain.partner;

import java.util.Objects;
import java.util.UUID;

/** A cooperation agreement's identity. */
public record AgreementId(UUID value) {

    /** Checks the value is present. */
    public AgreementId {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh random id. */
    public static AgreementId random() {
        return new AgreementId(UUID.randomUUID());
    }

    /** Parses the UUID text form; throws {@link IllegalArgumentException} when malformed. */
    public static AgreementId parse(String text) {
        return new AgreementId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
