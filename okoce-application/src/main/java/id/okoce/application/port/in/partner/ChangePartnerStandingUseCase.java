package id.okoce.application.port.in.partner;

import id.okoce.domain.partner.Partner;

/** The hub suspends a validated partner (with a reason) or reinstates a suspended one. */
public interface ChangePartnerStandingUseCase {

    /**
     * Applies the change today. Suspending withdraws the stages the partner's agreements enabled.
     *
     * @return the partner at its new version
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED}, {@code PARTNER_NOT_FOUND},
     *         {@code VERSION_CONFLICT}, {@code PARTNER_TRANSITION_INVALID}, {@code PARTNER_REASON_REQUIRED}
     */
    Partner change(ChangePartnerStandingCommand command);
}
