package id.okoce.application.port.in.member;

import id.okoce.domain.access.Actor;
import id.okoce.domain.member.ErasureGround;
import id.okoce.domain.member.MemberId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An erasure.
 *
 * @param actor           who erases (the hub)
 * @param memberId        the member
 * @param ground          the legal ground
 * @param note            what the request said (a reference to the person's letter), without personal data, up to 400 characters
 * @param expectedVersion the version the caller read
 */
public record EraseMemberCommand(Actor actor, MemberId memberId, ErasureGround ground, Optional<String> note,
                                 OptionalLong expectedVersion) {

    /** Checks the parts. */
    public EraseMemberCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
