package id.okoce.application.port.in.partner;

import id.okoce.domain.partner.Partner;

/** The hub decides on a registered partner: approve (VALIDATED) or reject with a reason. */
public interface ValidatePartnerUseCase {

    /**
     * Records the decision today.
     *
     * @return the partner at its new version
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED}, {@code PARTNER_NOT_FOUND},
     *         {@code VERSION_CONFLICT}, {@code PARTNER_TRANSITION_INVALID}, {@code PARTNER_REASON_REQUIRED}
     */
    Partner decide(ValidatePartnerCommand command);
}
