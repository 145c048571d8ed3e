package id.okoce.application.port.in.member;

import id.okoce.domain.access.Actor;
import id.okoce.domain.member.Correction;
import id.okoce.domain.member.MemberId;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A correction of a member's record.
 *
 * @param actor           who corrects
 * @param memberId        the member
 * @param correction      what changes
 * @param expectedVersion the version the caller read (refused with VERSION_CONFLICT if stale)
 */
public record CorrectMemberCommand(Actor actor, MemberId memberId, Correction correction, OptionalLong expectedVersion) {

    /** Checks the parts. */
    public CorrectMemberCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(correction, "correction");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
