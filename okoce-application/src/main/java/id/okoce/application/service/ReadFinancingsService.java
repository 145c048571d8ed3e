package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.Revealed;
import id.okoce.application.port.in.financing.ReadFinancingsUseCase;
import id.okoce.application.port.out.FinancingProductRepository;
import id.okoce.application.port.out.FinancingRepository;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.shared.DomainException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads members' financing within what the actor may see. */
public final class ReadFinancingsService implements ReadFinancingsUseCase {

    private final MemberRepository members;
    private final FinancingRepository financings;
    private final FinancingProductRepository products;
    private final Accounting accounting;

    /** Wires the service. */
    public ReadFinancingsService(MemberRepository members, FinancingRepository financings, FinancingProductRepository products,
                                 Accounting accounting) {
        this.members = members;
        this.financings = financings;
        this.products = products;
        this.accounting = accounting;
    }

    @Override
    public Revealed<List<Financing>> forMember(Actor actor, MemberId id) {
        Member member = visible(actor, id);
        return new Revealed<>(visibleFinancing(actor, member), accounting.revealed(actor, FINANCING_DETAIL, List.of(member.id())));
    }

    @Override
    public Revealed<Financing> get(Actor actor, MemberId id, FinancingId financingId) {
        Member member = visible(actor, id);
        Financing financing = visibleFinancing(actor, member).stream().filter(f -> f.id().equals(financingId)).findFirst()
                .orElseThrow(() -> new DomainException(ApplicationError.FINANCING_NOT_FOUND, "id", "no financing " + financingId));
        return new Revealed<>(financing, accounting.revealed(actor, FINANCING_DETAIL, List.of(member.id())));
    }

    @Override
    public Revealed<List<id.okoce.domain.financing.FinancingRefusal>> refusalsOf(Actor actor, MemberId id) {
        Member member = visible(actor, id);
        var refusals = financings.refusalsOf(member.id()).stream()
                .filter(r -> products.findById(r.productId()).map(p -> actor.canSeeProductOf(p.bank())).orElse(false)).toList();
        return new Revealed<>(refusals, accounting.revealed(actor, FINANCING_DETAIL, List.of(member.id())));
    }

    @Override
    public Revealed<List<Financing>> ofProducts(Actor actor, Optional<FinancingId> after, int limit) {
        actor.requireRole("list financing", Role.HUB_ADMIN, Role.BANK);
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1–500");
        }
        Set<ProductId> own = products.findAll().stream().filter(p -> actor.canSeeProductOf(p.bank()))
                .map(FinancingProduct::id).collect(Collectors.toSet());
        List<Financing> page = own.isEmpty() ? List.of() : financings.findByProducts(own, after, limit);
        return new Revealed<>(page, accounting.revealed(actor, FINANCING_DETAIL,
                page.stream().map(Financing::memberId).distinct().toList()));
    }

    /** The member: for a bank, any member (its products decide what it sees of them); for others, within their scope. */
    private Member visible(Actor actor, MemberId id) {
        return actor instanceof Actor.BankActor
                ? members.findById(id).orElseThrow(() -> new DomainException(ApplicationError.MEMBER_NOT_FOUND, "id", "no member " + id))
                : Lookups.visibleMember(members, actor, id);
    }

    private List<Financing> visibleFinancing(Actor actor, Member member) {
        return financings.findByMember(member.id()).stream()
                .filter(f -> products.findById(f.productId()).map(p -> actor.canSeeProductOf(p.bank())).orElse(false)).toList();
    }
}
