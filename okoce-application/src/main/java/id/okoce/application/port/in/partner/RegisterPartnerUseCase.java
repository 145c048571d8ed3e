package id.okoce.application.port.in.partner;

import id.okoce.domain.partner.Partner;

/** The hub registers a regional partner (mitra), which then waits for validation. */
public interface RegisterPartnerUseCase {

    /**
     * Registers the partner today.
     *
     * @return the stored partner, REGISTERED, at version 1
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} unless the hub;
     *         {@code PARTNER_NAME_INVALID}
     */
    Partner register(RegisterPartnerCommand command);
}
