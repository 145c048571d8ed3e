package id.okoce.application.service;

import id.okoce.application.port.in.financing.FinancingGranted;
import id.okoce.application.port.in.financing.RecordFinancingCommand;
import id.okoce.application.port.in.financing.RecordFinancingUseCase;
import id.okoce.application.port.out.AgreementRepository;
import id.okoce.application.port.out.FinancingProductRepository;
import id.okoce.application.port.out.FinancingRepository;
import id.okoce.application.port.out.IdentitySource;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Role;
import id.okoce.domain.financing.EligibilityCase;
import id.okoce.domain.financing.EligibilityPolicy;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingDecision;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.member.Member;
import id.okoce.domain.stage.StagePrerequisitePolicy;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.stage.Stage;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;

/** Records financing granted, completing P7 in the same transaction. */
public final class RecordFinancingService implements RecordFinancingUseCase {

    private final MemberRepository members;
    private final PartnerRepository partners;
    private final AgreementRepository agreements;
    private final FinancingProductRepository products;
    private final FinancingRepository financings;
    private final IdentitySource ids;
    private final EligibilityPolicy policy;
    private final StagePrerequisitePolicy prerequisites;
    private final Transactions transactions;
    private final Accounting accounting;
    private final Clock clock;

    /** Wires the service. */
    public RecordFinancingService(MemberRepository members, PartnerRepository partners, AgreementRepository agreements,
                                  FinancingProductRepository products, FinancingRepository financings,
                                  IdentitySource ids, EligibilityPolicy policy, StagePrerequisitePolicy prerequisites,
                                  Transactions transactions, Accounting accounting, Clock clock) {
        this.members = members;
        this.partners = partners;
        this.agreements = agreements;
        this.products = products;
        this.financings = financings;
        this.ids = ids;
        this.policy = policy;
        this.prerequisites = prerequisites;
        this.transactions = transactions;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public FinancingGranted record(RecordFinancingCommand command) {
        command.actor().requireRole("record financing", Role.HUB_ADMIN);
        LocalDate today = LocalDate.now(clock);
        LocalDate grantedOn = command.grantedOn().orElse(today);
        return transactions.inTransaction(() -> {
            FinancingProduct product = CheckFinancingEligibilityService.visibleProduct(products, command.actor(), command.productId());
            Member member = Lookups.visibleMember(members, command.actor(), command.memberId());
            Lookups.requireVersion(command.expectedVersion(), member.version(), "member " + member.id());
            FinancingDecision decision = policy.decide(new EligibilityCase(member, product, command.amount(), grantedOn,
                    financings.findByMember(member.id())));
            Financing financing = Financing.grant(ids.newFinancingId(), decision, product, command.termMonths(),
                    command.reference(), today);
            Member after = financing.completeCapitalStage(member, today,
                    Lookups.stageRules(partners, agreements, prerequisites, member.province()));
            Member saved = after == member ? member : members.save(after);
            financings.add(financing);
            accounting.memberChanged(command.actor(), AuditAction.FINANCING_RECORDED, saved, List.of(
                    FieldChange.of("financing.id", null, financing.id()), FieldChange.of("financing.product", null, product.id()),
                    FieldChange.of("financing.amount", null, financing.amount().value()),
                    FieldChange.of("financing.grantedOn", null, financing.grantedOn()),
                    FieldChange.of("financing.termMonths", null, financing.termMonths())), Optional.empty());
            if (saved != member) {
                saved.stages().completion(Stage.CAPITAL).ifPresent(p7 ->
                        accounting.memberChanged(command.actor(), AuditAction.STAGE_COMPLETED, saved, StageChanges.completed(p7),
                                Optional.empty()));
            }
            return new FinancingGranted(financing, decision, saved);
        });
    }
}
