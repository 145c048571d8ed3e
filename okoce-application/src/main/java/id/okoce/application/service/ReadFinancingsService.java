package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.financing.ReadFinancingsUseCase;
import id.okoce.application.port.out.FinancingProductRepository;
import id.okoce.application.port.out.FinancingRepository;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.shared.DomainException;
import java.util.List;

/** Reads members' financing within what the actor may see. */
public final class ReadFinancingsService implements ReadFinancingsUseCase {

    private final MemberRepository members;
    private final FinancingRepository financings;
    private final FinancingProductRepository products;

    /** Wires the service. */
    public ReadFinancingsService(MemberRepository members, FinancingRepository financings, FinancingProductRepository products) {
        this.members = members;
        this.financings = financings;
        this.products = products;
    }

    @Override
    public List<Financing> forMember(Actor actor, MemberId id) {
        Member member = actor instanceof Actor.BankActor
                ? members.findById(id).orElseThrow(() -> new DomainException(ApplicationError.MEMBER_NOT_FOUND, "id", "no member " + id))
                : Lookups.visibleMember(members, actor, id);
        return financings.findByMember(member.id()).stream()
                .filter(f -> products.findById(f.productId()).map(p -> actor.canSeeProductOf(p.bank())).orElse(false)).toList();
    }

    @Override
    public Financing get(Actor actor, MemberId member, FinancingId id) {
        return forMember(actor, member).stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new DomainException(ApplicationError.FINANCING_NOT_FOUND, "id", "no financing " + id));
    }
}
