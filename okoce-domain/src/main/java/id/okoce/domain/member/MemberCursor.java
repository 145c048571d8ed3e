package id.okoce.domain.member;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where a page of members starts: strictly after this member number, or — in a search by name,
 * ranked by likeness — strictly after this score and number (higher scores first, then numbers in
 * order).
 *
 * @param score  the score of the last member of the previous page (searches by name only)
 * @param number the number of the last member of the previous page
 */
public record MemberCursor(OptionalInt score, MemberNumber number) {

    /** Checks the parts. */
    public MemberCursor {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(number, "number");
    }

    /** After {@code number}, in member-number order. */
    public static MemberCursor after(MemberNumber number) {
        return new MemberCursor(OptionalInt.empty(), number);
    }
}
