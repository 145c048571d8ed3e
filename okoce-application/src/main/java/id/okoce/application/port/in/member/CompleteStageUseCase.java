package id.okoce.application.port.in.member;

import id.okoce.domain.member.Member;

/** A member completes the next 7PAS stage, with its date and evidence. */
public interface CompleteStageUseCase {

    /**
     * Completes the stage under the network's current coverage of the member's province.
     *
     * @return the member at its new version
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_NOT_FOUND} (also for a member outside
     *         a partner's province), {@code VERSION_CONFLICT}, and the stage codes
     *         ({@code STAGE_OUT_OF_ORDER}, {@code STAGE_ALREADY_DONE}, {@code STAGE_DATE_INVALID},
     *         {@code STAGE_UNAVAILABLE_IN_REGION}, {@code STAGE_EVIDENCE_MISSING})
     */
    Member complete(CompleteStageCommand command);
}
