package id.okoce.application.service;

import id.okoce.application.port.in.member.CompleteStageCommand;
import id.okoce.application.port.in.member.CompleteStageUseCase;
import id.okoce.application.port.out.AgreementRepository;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Role;
import id.okoce.domain.member.Member;
import id.okoce.domain.stage.StagePrerequisitePolicy;
import java.time.Clock;
import id.okoce.domain.audit.AuditAction;
import java.time.LocalDate;
import java.util.Optional;

/** Completes stages under the coverage of the member's province. */
public final class CompleteStageService implements CompleteStageUseCase {

    private final MemberRepository members;
    private final PartnerRepository partners;
    private final AgreementRepository agreements;
    private final StagePrerequisitePolicy prerequisites;
    private final Transactions transactions;
    private final Accounting accounting;
    private final Clock clock;

    /** Wires the service. */
    public CompleteStageService(MemberRepository members, PartnerRepository partners, AgreementRepository agreements,
                                StagePrerequisitePolicy prerequisites, Transactions transactions, Accounting accounting,
                                Clock clock) {
        this.members = members;
        this.partners = partners;
        this.agreements = agreements;
        this.prerequisites = prerequisites;
        this.transactions = transactions;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public Member complete(CompleteStageCommand command) {
        command.actor().requireRole("complete stages", Role.HUB_ADMIN, Role.PARTNER);
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(() -> {
            Member member = Lookups.visibleMember(members, command.actor(), command.memberId());
            Lookups.requireVersion(command.expectedVersion(), member.version(), "member " + member.id());
            Member completed = member.completeStage(command.completion(), today,
                    Lookups.stageRules(partners, agreements, prerequisites, member.province()));
            Member saved = members.save(completed);
            accounting.memberChanged(command.actor(), AuditAction.STAGE_COMPLETED, saved,
                    StageChanges.completed(command.completion()), Optional.empty());
            return saved;
        });
    }
}
