package id.okoce.application.service;

import id.okoce.application.port.in.member.RegisterMemberCommand;
import id.okoce.application.port.in.member.RegisterMemberUseCase;
import id.okoce.application.port.out.DuplicateNikException;
import id.okoce.application.port.out.IdentitySource;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Role;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.Registration;
import java.time.Clock;
import java.time.LocalDate;

/** Registers members, once per NIK, with a member number in their province. */
public final class RegisterMemberService implements RegisterMemberUseCase {

    private final MemberRepository members;
    private final IdentitySource ids;
    private final Transactions transactions;
    private final Clock clock;

    /** Wires the service. */
    public RegisterMemberService(MemberRepository members, IdentitySource ids, Transactions transactions, Clock clock) {
        this.members = members;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Member register(RegisterMemberCommand command) {
        command.actor().requireRole("register members", Role.HUB_ADMIN, Role.PARTNER);
        command.actor().requireProvince(command.domicile().province(), "kecamatan", "register members");
        Registration registration = new Registration(command.nik(), command.fullName(), command.phone(),
                command.domicile(), command.business(), command.registeredOn(), command.actor().partner());
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(() -> {
            members.findByNik(command.nik()).ifPresent(existing -> {
                throw new DuplicateNikException(existing.number());
            });
            Member member = Member.register(ids.newMemberId(), ids.nextMemberNumber(command.domicile().province()),
                    registration, today);
            return members.save(member);
        });
    }
}
