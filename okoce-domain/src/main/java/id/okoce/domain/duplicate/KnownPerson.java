package id.okoce.domain.duplicate;

import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import java.util.Objects;

/**
 * A registered member as the duplicate check sees them: who they are in the register and the facts it
 * compares (the NIK among them, opened only in memory and never shown in full).
 *
 * @param id     the member
 * @param number the member number
 * @param facts  what is compared
 */
public record KnownPerson(MemberId id, MemberNumber number, PersonFacts facts) {

    /** Checks the parts. */
    public KnownPerson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(facts, "facts");
    }
}
