package id.okoce.application.port.in.partner;

import id.okoce.domain.access.Actor;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerContact;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.RegencyCode;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;

/** A partner's brand and contact are edited by the partner itself or the hub; its name and area by the hub. */
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
    default Partner edit(Actor actor, PartnerId id, Optional<String> name, Optional<Optional<String>> brand,
                         Optional<PartnerContact> contact, OptionalLong expectedVersion) {
        return edit(actor, id, name, brand, contact, Optional.empty(), expectedVersion);
    }

    /**
     * Edits the partner, its area too: as {@link #edit(Actor, PartnerId, Optional, Optional, Optional, OptionalLong)},
     * and when {@code regencies} is given the partner works from then on in those kabupaten/kota of its
     * province (the whole province when the set is empty). The hub's correction: the area is taken to
     * have always been so, as a name correction is; a reorganisation that should leave the past as it
     * was is a new partner for the new area.
     *
     * @param regencies the kabupaten/kota of its area afterwards (the hub only)
     * @throws id.okoce.domain.shared.DomainException as above, and {@code PARTNER_AREA_INVALID} (a kabupaten/kota of
     *         another province), {@code ACCESS_DENIED} (a partner changing its area)
     */
    Partner edit(Actor actor, PartnerId id, Optional<String> name, Optional<Optional<String>> brand,
                 Optional<PartnerContact> contact, Optional<Set<RegencyCode>> regencies, OptionalLong expectedVersion);
}
