package id.okoce.domain.importing;

import java.util.Objects;

/**
 * One refused row of an import: where, which field, the stable code and why. Never holds a NIK.
 *
 * @param line    the line of the file (the header is line 1)
 * @param field   the column at fault, or empty for the whole row
 * @param code    the stable code, e.g. {@code NIK_INVALID_DATE}
 * @param message why, for people
 */
public record RowError(long line, String field, String code, String message) {

    /** Checks the parts. */
    public RowError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
