package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.member.CorrectMemberCommand;
import id.okoce.application.port.in.member.CorrectMemberUseCase;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Role;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.member.Member;
import id.okoce.domain.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Corrects members and transfers them between provinces: load, correct, save and record the
 * change with its values before and after, in one transaction. A correction that changes nothing
 * writes nothing.
 */
public final class CorrectMemberService implements CorrectMemberUseCase {

    private final MemberRepository members;
    private final Transactions transactions;
    private final Accounting accounting;
    private final Clock clock;

    /** Wires the service. */
    public CorrectMemberService(MemberRepository members, Transactions transactions, Accounting accounting, Clock clock) {
        this.members = members;
        this.transactions = transactions;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public Member correct(CorrectMemberCommand command) {
        command.actor().requireRole("correct members", Role.HUB_ADMIN, Role.PARTNER);
        if (command.correction().isEmpty()) {
            throw new DomainException(ApplicationError.CORRECTION_INVALID, null,
                    "the correction names no field: send fullName, phone, kecamatan or business fields");
        }
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(() -> {
            Member member = Lookups.visibleMember(members, command.actor(), command.memberId());
            Lookups.requireVersion(command.expectedVersion(), member.version(), "member " + member.id());
            Member corrected = member.correct(command.correction(), today);
            List<FieldChange> changes = MemberDiff.between(member, corrected);
            if (changes.isEmpty()) {
                return member;
            }
            Member saved = members.save(corrected);
            boolean transfer = !saved.province().equals(member.province());
            accounting.memberChanged(command.actor(), transfer ? AuditAction.MEMBER_TRANSFERRED : AuditAction.MEMBER_CORRECTED, saved,
                    changes, Optional.empty());
            return saved;
        });
    }
}
