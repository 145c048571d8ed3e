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

    /**
     * Returns {@code value} stripped, or throws with {@code code} when it is null or blank, longer
     * than {@code maxLength}, or holds a control character (a NUL, a line break, an escape: none
     * belongs in a one-line text such as a name).
     */
    public static String text(String value, int maxLength, ErrorCode code, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException(code, field, field + " is required");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new DomainException(code, field, field + " must be at most " + maxLength + " characters");
        }
        if (hasControlCharacter(stripped)) {
            throw new DomainException(code, field, field + " must not contain control characters");
        }
        return stripped;
    }

    /** Whether {@code value} holds an ISO control character (U+0000–U+001F, U+007F–U+009F). */
    public static boolean hasControlCharacter(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
