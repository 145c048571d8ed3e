package id.okoce.application.port.in.partner;

import id.okoce.domain.access.Actor;
import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.CooperationAgreement;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.partner.PartnerStatus;
import id.okoce.domain.region.ProvinceCode;
import java.util.List;
import java.util.Optional;

/**
 * Reads partners and their agreements for one screen. The hub sees every partner; a partner sees
 * the partners of its own province, and the rest behave as if they did not exist; a bank sees none.
 */
public interface ReadPartnersUseCase {

    /**
     * One partner.
     *
     * @throws id.okoce.domain.shared.DomainException {@code PARTNER_NOT_FOUND} if unknown or not visible
     */
    Partner get(Actor actor, PartnerId id);

    /** Partners matching the filters that the actor may see, by registration date. */
    List<Partner> find(Actor actor, Optional<ProvinceCode> province, Optional<PartnerStatus> status);

    /**
     * A partner's agreements.
     *
     * @throws id.okoce.domain.shared.DomainException {@code PARTNER_NOT_FOUND} if unknown or not visible
     */
    List<CooperationAgreement> agreements(Actor actor, PartnerId id);

    /**
     * One of a partner's agreements.
     *
     * @throws id.okoce.domain.shared.DomainException {@code PARTNER_NOT_FOUND} if the partner is unknown or not
     *         visible, {@code AGREEMENT_NOT_FOUND} if it has no such agreement
     */
    CooperationAgreement agreement(Actor actor, PartnerId partner, AgreementId id);
}
