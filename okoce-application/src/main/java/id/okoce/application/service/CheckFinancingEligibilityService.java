package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.Revealed;
import id.okoce.application.port.in.financing.CheckFinancingEligibilityUseCase;
import id.okoce.application.port.in.financing.EligibilityQuery;
import id.okoce.application.port.out.FinancingProductRepository;
import id.okoce.application.port.out.FinancingRepository;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.OtherCreditSource;
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
import java.util.Optional;
import java.util.stream.Collectors;

/** Judges members against financing products by the eligibility policy. */
public final class CheckFinancingEligibilityService implements CheckFinancingEligibilityUseCase {

    private final MemberRepository members;
    private final FinancingProductRepository products;
    private final FinancingRepository financings;
    private final EligibilityPolicy policy;
    private final OtherCreditSource otherCredit;
    private final Accounting accounting;
    private final Clock clock;

    /** Wires the service. */
    public CheckFinancingEligibilityService(MemberRepository members, FinancingProductRepository products,
                                            FinancingRepository financings, EligibilityPolicy policy,
                                            OtherCreditSource otherCredit, Accounting accounting, Clock clock) {
        this.otherCredit = otherCredit;
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
        LocalDate on = query.on().orElseGet(() -> LocalDate.now(clock));
        FinancingProduct product = versionInForce(products, query.actor(), query.productId().value(), on);
        Member member = members.findById(query.memberId())
                .orElseThrow(() -> new DomainException(ApplicationError.MEMBER_NOT_FOUND, "id", "no member " + query.memberId()));
        FinancingDecision decision = policy.decide(new EligibilityCase(member, product, query.amount(), on,
                financings.findByMember(member.id()), otherCredit.otherCreditOf(member, on)));
        return new Revealed<>(decision, accounting.revealed(query.actor(), FINANCING_ELIGIBILITY, List.of(member.id())));
    }

    /**
     * The product named by its id, or else the version of the family so named that is in force on {@code on};
     * {@code PRODUCT_NOT_FOUND} when neither is known and visible to the actor.
     */
    static FinancingProduct versionInForce(FinancingProductRepository products, Actor actor, String familyOrId, LocalDate on) {
        if (ProductId.isWellFormed(familyOrId)) {
            Optional<FinancingProduct> byId = products.findById(ProductId.of(familyOrId)).filter(p -> actor.canSeeProductOf(p.bank()));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        List<FinancingProduct> family = ProductId.isWellFormed(familyOrId) ? products.findFamily(familyOrId).stream()
                .filter(p -> actor.canSeeProductOf(p.bank())).toList() : List.of();
        if (family.isEmpty()) {
            throw new DomainException(ApplicationError.PRODUCT_NOT_FOUND, "product", "no product or product family " + familyOrId);
        }
        return family.stream().filter(p -> p.inForceOn(on)).findFirst()
                .orElseThrow(() -> new DomainException(ApplicationError.PRODUCT_NOT_FOUND, "product",
                        "no version of " + familyOrId + " is in force on " + on + "; versions: " + family.stream()
                                .map(p -> p.id() + " (" + p.validFrom() + p.validUntil().map(u -> " – " + u).orElse(" –") + ")")
                                .collect(Collectors.joining(", "))));
    }

    /** The product, or {@code PRODUCT_NOT_FOUND} when unknown or another bank's. */
    static FinancingProduct visibleProduct(FinancingProductRepository products, Actor actor, ProductId id) {
        return products.findById(id).filter(p -> actor.canSeeProductOf(p.bank()))
                .orElseThrow(() -> new DomainException(ApplicationError.PRODUCT_NOT_FOUND, "product", "no product " + id));
    }
}
