package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.member.WithdrawStageCommand;
import id.okoce.application.port.in.member.WithdrawStageUseCase;
import id.okoce.application.port.out.FinancingRepository;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.member.Member;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import java.util.Optional;

/** Withdraws a member's most recent stage, with its reason in the member's history. */
public final class WithdrawStageService implements WithdrawStageUseCase {

    private final MemberRepository members;
    private final FinancingRepository financings;
    private final Transactions transactions;
    private final Accounting accounting;

    /** Wires the service. */
    public WithdrawStageService(MemberRepository members, FinancingRepository financings, Transactions transactions,
                                Accounting accounting) {
        this.members = members;
        this.financings = financings;
        this.transactions = transactions;
        this.accounting = accounting;
    }

    @Override
    public Member withdraw(WithdrawStageCommand command) {
        command.actor().requireHub("withdraw stages");
        String reason = Reasons.check(command.reason(), "reason", Reasons.MAX);
        return transactions.inTransaction(() -> {
            Member member = Lookups.visibleMember(members, command.actor(), command.memberId());
            Lookups.requireVersion(command.expectedVersion(), member.version(), "member " + member.id());
            StageCompletion withdrawn = member.stages().completion(command.stage()).orElse(null);
            Member after = member.withdrawLatestStage(command.stage());
            if (command.stage() == Stage.CAPITAL && !financings.findByMember(member.id()).isEmpty()) {
                throw new DomainException(ApplicationError.STAGE_HELD_BY_FINANCING, "stage",
                        "P7 stands on the financing recorded for this member; it cannot be withdrawn while that is on record");
            }
            Member saved = members.save(after);
            accounting.memberChanged(command.actor(), AuditAction.STAGE_WITHDRAWN, saved, StageChanges.withdrawn(withdrawn),
                    Optional.of(reason));
            return saved;
        });
    }
}
