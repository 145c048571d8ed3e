package id.okoce.application.port.in.partner;

import id.okoce.domain.partner.Partner;

/**
 * A regional partner (mitra) is registered by the hub, or applies itself; either way it then waits
 * for the hub's validation. Two partners of one province never share a name (compared with case,
 * spacing and punctuation folded).
 */
public interface RegisterPartnerUseCase {

    /**
     * Registers the partner today.
     *
     * @return the stored partner, REGISTERED, at version 1
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} unless the hub;
     *         {@code PARTNER_NAME_INVALID}; {@code PARTNER_DUPLICATE} naming the partner of that name in the province
     */
    Partner register(RegisterPartnerCommand command);

    /**
     * An organisation applies to be a partner, without a token: the application is recorded as the new
     * partner's own act and waits for the hub's validation like a registration.
     *
     * @param command the application; its actor is ignored
     * @throws id.okoce.domain.shared.DomainException {@code PARTNER_NAME_INVALID}, {@code PARTNER_DUPLICATE}
     */
    Partner apply(RegisterPartnerCommand command);
}
