package id.okoce.domain.shared;

import java.util.Objects;

/** Null and blank checks for constructors, with the parameter named in the message. */
public final class Require {

    private Require() {
    }

    /** Returns {@code value}, or throws {@link NullPointerException} naming {@code name}. */
    public static <T> T nonNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " is required");
    }

    /** Returns {@code value} stripped, or throws with {@code code} when it is null or blank or longer than {@code maxLength}. */
    public static String text(String value, int maxLength, ErrorCode code, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException(code, field, field + " is required");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new DomainException(code, field, field + " must be at most " + maxLength + " characters");
        }
        return stripped;
    }
}
