package id.okoce.domain.access;

import java.util.Objects;
import java.util.UUID;

/** An API token's identity (not its secret). */
public record TokenId(UUID value) {

    /** Checks the value is present. */
    public TokenId {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh random id. */
    public static TokenId random() {
        return new TokenId(UUID.randomUUID());
    }

    /** Parses the UUID text form; throws {@link IllegalArgumentException} when malformed. */
    public static TokenId parse(String text) {
        return new TokenId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
