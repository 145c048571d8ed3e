package id.okoce.application.port.in.member;

import id.okoce.domain.member.Member;

/**
 * Withdraws the most recent stage of a member, entered by mistake: the hub only, with a reason
 * that the member's history keeps. The report counters follow in the same transaction.
 */
public interface WithdrawStageUseCase {

    /**
     * Withdraws the stage.
     *
     * @return the member without the stage, at its new version
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} for anyone but the hub,
     *         {@code MEMBER_NOT_FOUND}, {@code MEMBER_ERASED}, {@code VERSION_CONFLICT},
     *         {@code STAGE_NOT_LATEST}, {@code STAGE_NOT_WITHDRAWABLE} (P1),
     *         {@code STAGE_HELD_BY_FINANCING} (P7 with a financing on record), {@code REASON_INVALID}
     */
    Member withdraw(WithdrawStageCommand command);
}
