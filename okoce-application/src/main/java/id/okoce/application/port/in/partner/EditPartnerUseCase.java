package id.okoce.application.port.in.partner;

import id.okoce.domain.access.Actor;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerContact;
import id.okoce.domain.partner.PartnerId;
import java.util.Optional;
import java.util.OptionalLong;

/** A partner's brand and contact are edited by the partner itself or the hub; its name by the hub. */
public interface EditPartnerUseCase {

    /**
     * Edits the partner: the fields given change, those left out (empty) stay; the change is in the
     * audit trail.
     *
     * @param name            a new name (the hub only)
     * @param brand           the brand afterwards ({@code Optional.of(Optional.empty())} removes it)
     * @param contact         the contact afterwards, whole
     * @param expectedVersion the version the caller read, if it wants the change refused when stale
     * @throws id.okoce.domain.shared.DomainException {@code PARTNER_NOT_FOUND} (another partner, for a partner),
     *         {@code ACCESS_DENIED} (a partner renaming, a bank), {@code PARTNER_NAME_INVALID}, {@code PARTNER_DUPLICATE}
     */
    Partner edit(Actor actor, PartnerId id, Optional<String> name, Optional<Optional<String>> brand,
                 Optional<PartnerContact> contact, OptionalLong expectedVersion);
}
