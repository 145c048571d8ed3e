package id.okoce.application.service;

import id.okoce.application.port.in.partner.ReadPartnersUseCase;
import id.okoce.application.port.out.AgreementRepository;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.partner.CooperationAgreement;
import id.okoce.domain.shared.DomainException;
import id.okoce.application.ApplicationError;
import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.partner.PartnerStatus;
import id.okoce.domain.region.ProvinceCode;
import java.util.List;
import java.util.Optional;

/** Reads partners and agreements within what the actor may see. */
public final class ReadPartnersService implements ReadPartnersUseCase {

    private final PartnerRepository partners;
    private final AgreementRepository agreements;

    /** Wires the service. */
    public ReadPartnersService(PartnerRepository partners, AgreementRepository agreements) {
        this.partners = partners;
        this.agreements = agreements;
    }

    @Override
    public Partner get(Actor actor, PartnerId id) {
        actor.requireRole("read partners", Role.HUB_ADMIN, Role.PARTNER);
        return Lookups.visiblePartner(partners, actor, id);
    }

    @Override
    public List<Partner> find(Actor actor, Optional<ProvinceCode> province, Optional<PartnerStatus> status) {
        actor.requireRole("read partners", Role.HUB_ADMIN, Role.PARTNER);
        return partners.find(province, status).stream().filter(p -> actor.canSee(p.area())).toList();
    }

    @Override
    public List<CooperationAgreement> agreements(Actor actor, PartnerId id) {
        Partner partner = get(actor, id);
        return agreements.findByPartner(partner.id());
    }

    @Override
    public CooperationAgreement agreement(Actor actor, PartnerId partner, AgreementId id) {
        Partner owner = get(actor, partner);
        return agreements.findById(id).filter(a -> a.partnerId().equals(owner.id()))
                .orElseThrow(() -> new DomainException(ApplicationError.AGREEMENT_NOT_FOUND, "id", "no agreement " + id));
    }
}
