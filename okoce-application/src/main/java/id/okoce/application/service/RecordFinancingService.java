package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.financing.FinancingGranted;
import id.okoce.application.port.in.financing.RecordFinancingCommand;
import id.okoce.application.port.in.financing.RecordFinancingUseCase;
import id.okoce.application.port.in.financing.RefuseFinancingCommand;
import id.okoce.application.port.out.AgreementRepository;
import id.okoce.application.port.out.FinancingProductRepository;
import id.okoce.application.port.out.FinancingRepository;
import id.okoce.application.port.out.IdentitySource;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.OtherCreditSource;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.financing.EligibilityCase;
import id.okoce.domain.financing.EligibilityPolicy;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingDecision;
import id.okoce.domain.financing.FinancingError;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.FinancingRefusal;
import id.okoce.domain.financing.OtherCredit;
import id.okoce.domain.member.Member;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageError;
import id.okoce.domain.stage.StagePrerequisitePolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Records financing granted, completing P7 in the same transaction. */
public final class RecordFinancingService implements RecordFinancingUseCase {

    private final MemberRepository members;
    private final PartnerRepository partners;
    private final AgreementRepository agreements;
    private final FinancingProductRepository products;
    private final FinancingRepository financings;
    private final IdentitySource ids;
    private final EligibilityPolicy policy;
    private final OtherCreditSource otherCredit;
    private final StagePrerequisitePolicy prerequisites;
    private final Transactions transactions;
    private final Accounting accounting;
    private final Clock clock;

    /** Wires the service. */
    public RecordFinancingService(MemberRepository members, PartnerRepository partners, AgreementRepository agreements,
                                  FinancingProductRepository products, FinancingRepository financings,
                                  IdentitySource ids, EligibilityPolicy policy, OtherCreditSource otherCredit,
                                  StagePrerequisitePolicy prerequisites,
                                  Transactions transactions, Accounting accounting, Clock clock) {
        this.members = members;
        this.partners = partners;
        this.agreements = agreements;
        this.products = products;
        this.financings = financings;
        this.ids = ids;
        this.policy = policy;
        this.otherCredit = otherCredit;
        this.prerequisites = prerequisites;
        this.transactions = transactions;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public FinancingRefusal refuse(RefuseFinancingCommand command) {
        command.actor().requireRole("record financing", Role.HUB_ADMIN, Role.BANK);
        LocalDate today = LocalDate.now(clock);
        LocalDate decidedOn = command.decidedOn().orElse(today);
        if (decidedOn.isAfter(today)) {
            throw new DomainException(FinancingError.FINANCING_DATE_INVALID, "decidedOn", "decidedOn " + decidedOn + " is in the future");
        }
        FinancingProduct product = CheckFinancingEligibilityService.versionInForce(products, command.actor(),
                command.productId().value(), decidedOn);
        Member member = applicant(command.actor(), command.memberId(), product);
        FinancingRefusal refusal = FinancingRefusal.decided(ids.newFinancingId(), member.id(), product.id(), command.amount(), decidedOn,
                command.reason(), command.note());
        return transactions.inTransaction(() -> {
            financings.addRefusal(refusal);
            accounting.memberChanged(command.actor(), AuditAction.FINANCING_REFUSED, member, List.of(
                    FieldChange.of("refusal.id", null, refusal.id()), FieldChange.of("refusal.product", null, product.id()),
                    FieldChange.of("refusal.amount", null, refusal.amount().value()),
                    FieldChange.of("refusal.decidedOn", null, refusal.decidedOn()),
                    FieldChange.of("refusal.reason", null, refusal.reason().name())), Optional.empty());
            return refusal;
        });
    }

    /** The applicant: for a bank, a member of a province its product covers; for others, within their scope. */
    private Member applicant(Actor actor, id.okoce.domain.member.MemberId id, FinancingProduct product) {
        return actor instanceof Actor.BankActor
                ? members.findById(id).filter(m -> product.covers(m.province()))
                        .orElseThrow(() -> new DomainException(ApplicationError.MEMBER_NOT_FOUND, "id", "no member " + id))
                : Lookups.visibleMember(members, actor, id);
    }

    @Override
    public FinancingGranted record(RecordFinancingCommand command) {
        command.actor().requireRole("record financing", Role.HUB_ADMIN, Role.BANK);
        LocalDate today = LocalDate.now(clock);
        LocalDate grantedOn = command.grantedOn().orElse(today);
        FinancingProduct product = CheckFinancingEligibilityService.versionInForce(products, command.actor(),
                command.productId().value(), grantedOn);
        // The source of other credit may be a remote system: ask it before the transaction opens, then
        // judge the member as stored inside the transaction (it may have changed in between).
        Member read = applicant(command.actor(), command.memberId(), product);
        OtherCredit other = otherCredit.otherCreditOf(read, grantedOn);
        return transactions.inTransaction(() -> {
            Member member = members.findById(read.id())
                    .orElseThrow(() -> new DomainException(ApplicationError.MEMBER_NOT_FOUND, "id", "no member " + read.id()));
            Lookups.requireVersion(command.expectedVersion(), member.version(), "member " + member.id());
            FinancingDecision decision = policy.decide(new EligibilityCase(member, product, command.amount(), grantedOn,
                    financings.findByMember(member.id()), other));
            Financing financing = Financing.grant(ids.newFinancingId(), decision, product, command.termMonths(),
                    command.reference(), today);
            Member after = member;
            Optional<FinancingGranted.CapitalStageOpen> open = Optional.empty();
            try {
                after = financing.completeCapitalStage(member, today,
                        Lookups.stageRules(partners, agreements, prerequisites, member.province()));
            } catch (DomainException notYet) {
                if (!(notYet.code() instanceof StageError)) {
                    throw notYet;
                }
                open = Optional.of(new FinancingGranted.CapitalStageOpen(notYet.code().name(), notYet.getMessage()));
            }
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
            return new FinancingGranted(financing, decision, saved, open);
        });
    }
}
