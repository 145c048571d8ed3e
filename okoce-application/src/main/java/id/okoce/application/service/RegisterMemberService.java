package id.okoce.application.service;

import id.okoce.application.port.in.member.RegisterMemberCommand;
import id.okoce.application.port.in.member.RegisterMemberUseCase;
import id.okoce.application.port.out.DuplicateNikException;
import id.okoce.application.port.out.IdentitySource;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.domain.access.Role;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.Registration;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;

/**
 * Registers members, once per NIK, with a member number in their province.
 *
 * <p>A registration is one save and its audit entry, in one transaction: the repository's rule
 * that a NIK registers once (it throws {@link DuplicateNikException} naming the existing member)
 * is the only duplicate check, so there is no read before the write and no window between them. A refused registration has
 * drawn a member number, which stays unused: numbers may have gaps, never repeats. The refusal
 * names the existing member only to a caller who may see that member.
 */
public final class RegisterMemberService implements RegisterMemberUseCase {

    private final MemberRepository members;
    private final IdentitySource ids;
    private final Transactions transactions;
    private final Accounting accounting;
    private final Clock clock;

    /** Wires the service. */
    public RegisterMemberService(MemberRepository members, IdentitySource ids, Transactions transactions, Accounting accounting,
                                 Clock clock) {
        this.members = members;
        this.ids = ids;
        this.transactions = transactions;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public Member register(RegisterMemberCommand command) {
        command.actor().requireRole("register members", Role.HUB_ADMIN, Role.PARTNER);
        command.actor().requirePlace(command.domicile(), "kecamatan", "register members");
        Registration registration = new Registration(command.nik(), command.fullName(), command.phone(),
                command.domicile(), command.business(), command.registeredOn(), command.actor().partner());
        LocalDate today = LocalDate.now(clock);
        Member member = Member.register(ids.newMemberId(), ids.nextMemberNumber(command.domicile().province()), registration, today);
        try {
            return transactions.inTransaction(() -> {
                Member saved = members.save(member);
                accounting.memberChanged(command.actor(), AuditAction.MEMBER_REGISTERED, saved, registered(saved), Optional.empty());
                return saved;
            });
        } catch (DuplicateNikException duplicate) {
            throw duplicate.seenBy(command.actor());
        }
    }

    /** What a registration records: where, when and by whom, and the business's kind (no identity or contact data). */
    private static List<FieldChange> registered(Member member) {
        return List.of(FieldChange.of("kecamatan", null, member.domicile()), FieldChange.of("registeredOn", null, member.registeredOn()),
                FieldChange.of("registeredBy", null, member.registeredBy().orElse(null)),
                FieldChange.of("business.sector", null, member.business().sector()),
                FieldChange.of("business.startedOn", null, member.business().startedOn()));
    }
}
