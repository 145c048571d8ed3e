package id.okoce.application.service;

import id.okoce.application.port.in.member.EraseMemberCommand;
import id.okoce.application.port.in.member.EraseMemberUseCase;
import id.okoce.application.port.out.FinancingRepository;
import id.okoce.application.port.out.IdempotencyStore;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Actor;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.member.ErasedMember;
import id.okoce.domain.member.ErasureGround;
import id.okoce.domain.member.Member;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Erases members: in one transaction the member's row keeps only its anonymous remains, the
 * bank's references, the personal values of its history and the remembered answers about it are
 * destroyed, and the erasure is appended to the audit trail.
 */
public final class EraseMemberService implements EraseMemberUseCase {

    /** What an erasure destroys, as its audit entry lists it. */
    private static final List<String> DESTROYED = List.of("nik", "fullName", "phone", "business.name", "business.nib",
            "stages.evidence", "financing.reference");

    private final MemberRepository members;
    private final FinancingRepository financings;
    private final IdempotencyStore idempotency;
    private final Transactions transactions;
    private final Accounting accounting;
    private final Clock clock;

    /** Wires the service. */
    public EraseMemberService(MemberRepository members, FinancingRepository financings, IdempotencyStore idempotency,
                              Transactions transactions, Accounting accounting, Clock clock) {
        this.members = members;
        this.financings = financings;
        this.idempotency = idempotency;
        this.transactions = transactions;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public ErasedMember erase(EraseMemberCommand command) {
        command.actor().requireHub("erase members");
        String reason = command.ground() + command.note().map(n -> ": " + Reasons.check(n, "note", 400)).orElse("");
        return transactions.inTransaction(() -> {
            Member member = Lookups.visibleMember(members, command.actor(), command.memberId());
            Lookups.requireVersion(command.expectedVersion(), member.version(), "member " + member.id());
            return erase(command.actor(), member, reason);
        });
    }

    /** Erases a member past retention, unless it changed since it was found (then it is not past retention). */
    boolean eraseInactive(Actor actor, Member member) {
        return transactions.inTransaction(() -> {
            Optional<Member> now = members.findById(member.id()).filter(m -> m.version() == member.version());
            now.ifPresent(m -> erase(actor, m, ErasureGround.RETENTION_ENDED.name()));
            return now.isPresent();
        });
    }

    private ErasedMember erase(Actor actor, Member member, String reason) {
        ErasedMember remains = member.erased(LocalDate.now(clock));
        members.erase(remains, member.version());
        financings.forgetReferences(member.id());
        idempotency.forgetMentioning(member.id().toString());
        accounting.trail().destroyPersonalValues(member.id());
        accounting.trail().append(accounting.entry(actor, AuditAction.MEMBER_ERASED, member.id().toString(), Optional.of(member.id()),
                Optional.of(member.province()), DESTROYED.stream().map(f -> FieldChange.of(f, null, null)).toList(), Optional.of(reason)));
        return remains;
    }
}
