package id.okoce.application.port.in.member;

import id.okoce.domain.access.Actor;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.stage.StageCompletion;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Complete a stage.
 *
 * @param actor           who records it (the hub, or a partner for a member of its province)
 * @param memberId        the member
 * @param completion      the stage, its date and evidence
 * @param expectedVersion the version the caller read, if it wants the change refused when stale
 */
public record CompleteStageCommand(Actor actor, MemberId memberId, StageCompletion completion,
                                   OptionalLong expectedVersion) {

    /** Checks every part is present. */
    public CompleteStageCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
