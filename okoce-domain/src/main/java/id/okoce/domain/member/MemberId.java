package id.okoce.domain.member;

import java.util.Objects;
import java.util.UUID;

/** A member's identity. */
public record MemberId(UUID value) {

    /** Checks the value is present. */
    public MemberId {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh random id. */
    public static MemberId random() {
        return new MemberId(UUID.randomUUID());
    }

    /** Parses the UUID text form; throws {@link IllegalArgumentException} when malformed. */
    public static MemberId parse(String text) {
        return new MemberId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
