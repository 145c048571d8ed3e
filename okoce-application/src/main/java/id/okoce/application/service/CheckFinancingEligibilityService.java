package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.financing.CheckFinancingEligibilityUseCase;
import id.okoce.application.port.in.Revealed;
import id.okoce.application.port.in.financing.EligibilityQuery;
import id.okoce.application.port.out.FinancingProductRepository;
import id.okoce.application.port.out.FinancingRepository;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.financing.EligibilityCase;
import id.okoce.domain.financing.EligibilityPolicy;
import id.okoce.domain.financing.FinancingDecision;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.member.Member;
import id.okoce.domain.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Judges members against financing products by the eligibility policy. */
public final class CheckFinancingEligibilityService implements CheckFinancingEligibilityUseCase {

    private final MemberRepository members;
    private final FinancingProductRepository products;
    private final FinancingRepository financings;
    private final EligibilityPolicy policy;
    private final Accounting accounting;
    private final Clock clock;

    /** Wires the service. */
    public CheckFinancingEligibilityService(MemberRepository members, FinancingProductRepository products,
                                            FinancingRepository financings, EligibilityPolicy policy, Accounting accounting,
                                            Clock clock) {
        this.members = members;
        this.products = products;
        this.financings = financings;
        this.policy = policy;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public Revealed<FinancingDecision> check(EligibilityQuery query) {
        query.actor().requireRole("check financing eligibility", Role.HUB_ADMIN, Role.BANK);
        FinancingProduct product = visibleProduct(products, query.actor(), query.productId());
        Member member = members.findById(query.memberId())
                .orElseThrow(() -> new DomainException(ApplicationError.MEMBER_NOT_FOUND, "id", "no member " + query.memberId()));
        LocalDate on = query.on().orElseGet(() -> LocalDate.now(clock));
        FinancingDecision decision = policy.decide(new EligibilityCase(member, product, query.amount(), on,
                financings.findByMember(member.id())));
        return new Revealed<>(decision, accounting.revealed(query.actor(), FINANCING_ELIGIBILITY, List.of(member.id())));
    }

    /** The product, or {@code PRODUCT_NOT_FOUND} when unknown or another bank's. */
    static FinancingProduct visibleProduct(FinancingProductRepository products, Actor actor, ProductId id) {
        return products.findById(id).filter(p -> actor.canSeeProductOf(p.bank()))
                .orElseThrow(() -> new DomainException(ApplicationError.PRODUCT_NOT_FOUND, "product", "no product " + id));
    }
}
