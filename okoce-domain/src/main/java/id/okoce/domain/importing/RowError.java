package id.okoce.domain.importing;

import id.okoce.domain.member.MemberNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * One refused row of an import: where, which field, the stable code and why. Never holds a NIK.
 *
 * @param line    the line of the file (the header is line 1)
 * @param field   the column at fault, or empty for the whole row
 * @param code    the stable code, e.g. {@code NIK_INVALID_DATE}
 * @param message why, for people
 * @param member  the member the refusal names (a NIK already registered to them), if it names one:
 *                whoever reads the report then sees that member, and the read is recorded
 */
public record RowError(long line, String field, String code, String message, Optional<MemberNumber> member) {

    /** Checks the parts. */
    public RowError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(member, "member");
    }

    /** A refusal that names no member. */
    public RowError(long line, String field, String code, String message) {
        this(line, field, code, message, Optional.empty());
    }
}
