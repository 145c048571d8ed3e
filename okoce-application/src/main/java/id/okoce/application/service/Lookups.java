package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.out.AgreementRepository;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.access.Actor;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.network.NetworkCoverage;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.StagePrerequisitePolicy;
import id.okoce.domain.stage.StageRules;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Loading aggregates as a given actor may see them, shared by the services. */
final class Lookups {

    private Lookups() {
    }

    /**
     * The member, or {@code MEMBER_NOT_FOUND} when unknown or outside what the actor may see, or
     * {@code MEMBER_ERASED} when the actor could see it but its data was erased, or {@code MEMBER_MERGED}
     * (naming the survivor) when it was merged into another.
     */
    static Member visibleMember(MemberRepository members, Actor actor, MemberId id) {
        Optional<Member> found = members.findById(id);
        if (found.isPresent() && actor.canSee(found.get().domicile())) {
            return found.get();
        }
        if (found.isEmpty()) {
            members.findErased(id).filter(e -> actor.canSee(e.domicile())).ifPresent(erased -> {
                throw new DomainException(ApplicationError.MEMBER_ERASED, "id", "member " + erased.number()
                        + " was erased on " + erased.erasedOn() + ": nothing about the person is held any more");
            });
            members.findMerged(id).filter(m -> actor.canSee(m.domicile())).ifPresent(merged -> {
                throw new DomainException(ApplicationError.MEMBER_MERGED, "id", "member " + merged.number() + " was merged into "
                        + merged.survivorNumber() + " on " + merged.mergedOn() + ", found to be the same person",
                        Map.of("survivorId", merged.survivor().toString(), "survivorNumber", merged.survivorNumber().toString()));
            });
        }
        throw new DomainException(ApplicationError.MEMBER_NOT_FOUND, "id", "no member " + id);
    }

    /** The partner, or {@code PARTNER_NOT_FOUND} when unknown or outside what the actor may see. */
    static Partner visiblePartner(PartnerRepository partners, Actor actor, PartnerId id) {
        return partners.findById(id).filter(p -> actor.canSee(p.area()))
                .orElseThrow(() -> new DomainException(ApplicationError.PARTNER_NOT_FOUND, "id", "no partner " + id));
    }

    /** Refuses with {@link StaleVersionException} when the caller read another version than the stored one. */
    static void requireVersion(OptionalLong expected, long actual, String what) {
        if (expected.isPresent() && expected.getAsLong() != actual) {
            throw new StaleVersionException(what, expected.getAsLong());
        }
    }

    /** The stage rules in force for members of {@code province}: its partners' agreements. */
    static StageRules stageRules(PartnerRepository partners, AgreementRepository agreements,
                                 StagePrerequisitePolicy prerequisites, ProvinceCode province) {
        NetworkCoverage coverage = NetworkCoverage.of(partners.find(Optional.of(province), Optional.empty()),
                agreements.findByProvince(province));
        return new StageRules(prerequisites, coverage);
    }
}
