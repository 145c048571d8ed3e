package id.okoce.application.port.in.partner;

import id.okoce.domain.partner.CooperationAgreement;

/** A validated partner's cooperation agreement is recorded (by the hub, or by the partner itself). */
public interface RecordAgreementUseCase {

    /**
     * Records the agreement; its stages become available in the partner's province while it is in force.
     *
     * @throws id.okoce.domain.shared.DomainException {@code PARTNER_NOT_FOUND} (also for another
     *         partner's id, when a partner asks), {@code PARTNER_NOT_VALIDATED},
     *         {@code AGREEMENT_STAGES_INVALID}, {@code AGREEMENT_DATES_INVALID}
     */
    CooperationAgreement record(RecordAgreementCommand command);
}
