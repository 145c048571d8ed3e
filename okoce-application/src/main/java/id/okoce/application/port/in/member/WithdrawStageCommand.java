package id.okoce.application.port.in.member;

import id.okoce.domain.access.Actor;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.stage.Stage;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The withdrawal of a member's most recent stage.
 *
 * @param actor           who withdraws (the hub)
 * @param memberId        the member
 * @param stage           the stage withdrawn, which must be the most recent one done
 * @param reason          why (e.g. entered for the wrong member), 1–500 characters
 * @param expectedVersion the version the caller read
 */
public record WithdrawStageCommand(Actor actor, MemberId memberId, Stage stage, String reason, OptionalLong expectedVersion) {

    /** Checks the parts are present (the reason's content is checked by the use case). */
    public WithdrawStageCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
