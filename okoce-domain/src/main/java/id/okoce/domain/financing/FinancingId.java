package id.okoce.domain.financing;

import java.util.Objects;
import java.util.UUID;

/** The identity of one financing granted. */
public record FinancingId(UUID value) {

    /** Checks the value is present. */
    public FinancingId {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh random id. */
    public static FinancingId random() {
        return new FinancingId(UUID.randomUUID());
    }

    /** Parses the UUID text form; throws {@link IllegalArgumentException} when malformed. */
    public static FinancingId parse(String text) {
        return new FinancingId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
