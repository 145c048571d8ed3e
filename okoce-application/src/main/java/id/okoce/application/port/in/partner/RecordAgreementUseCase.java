package id.okoce.application.port.in.partner;

import id.okoce.domain.access.Actor;
import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.CooperationAgreement;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A validated partner's cooperation agreement is recorded, ended early or amended (by the hub, or
 * by the partner itself). The same agreement is never recorded twice.
 */
public interface RecordAgreementUseCase {

    /**
     * Records the agreement; its stages become available in the partner's province while it is in force.
     *
     * @throws id.okoce.domain.shared.DomainException {@code PARTNER_NOT_FOUND} (also for another
     *         partner's id, when a partner asks), {@code PARTNER_NOT_VALIDATED},
     *         {@code AGREEMENT_STAGES_INVALID}, {@code AGREEMENT_DATES_INVALID}, {@code AGREEMENT_DUPLICATE}
     *         naming the agreement with the same counterparty, stages and validity
     */
    CooperationAgreement record(RecordAgreementCommand command);

    /**
     * Ends the agreement early: its last day becomes {@code lastDay}. Stages completed under it stay done.
     *
     * @throws id.okoce.domain.shared.DomainException {@code PARTNER_NOT_FOUND}, {@code AGREEMENT_NOT_FOUND},
     *         {@code AGREEMENT_DATES_INVALID}, {@code REASON_INVALID}
     */
    CooperationAgreement end(Actor actor, PartnerId partnerId, AgreementId agreementId, LocalDate lastDay, String reason);

    /**
     * Amends the agreement's stages and validity, with a reason; the old terms stay in the audit trail.
     *
     * @throws id.okoce.domain.shared.DomainException {@code PARTNER_NOT_FOUND}, {@code AGREEMENT_NOT_FOUND},
     *         {@code AGREEMENT_STAGES_INVALID}, {@code AGREEMENT_DATES_INVALID}, {@code REASON_INVALID},
     *         {@code AGREEMENT_DUPLICATE}
     */
    CooperationAgreement amend(Actor actor, PartnerId partnerId, AgreementId agreementId, Set<Stage> stages,
                               LocalDate validFrom, Optional<LocalDate> validUntil, String reason);
}
