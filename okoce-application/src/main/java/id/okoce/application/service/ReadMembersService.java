package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.Revealed;
import id.okoce.application.port.in.member.ReadMembersUseCase;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.audit.ReadRecord;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberPage;
import id.okoce.domain.shared.DomainException;
import java.util.List;
import java.util.Optional;

/** Reads members within what the actor may see, recording every member shown. */
public final class ReadMembersService implements ReadMembersUseCase {

    private final MemberRepository members;
    private final Accounting accounting;

    /** Wires the service. */
    public ReadMembersService(MemberRepository members, Accounting accounting) {
        this.members = members;
        this.accounting = accounting;
    }

    @Override
    public Revealed<Member> get(Actor actor, MemberId id, String purpose) {
        actor.requireRole("read members", Role.HUB_ADMIN, Role.PARTNER);
        String why = Purposes.check(purpose);
        Member member = Lookups.visibleMember(members, actor, id);
        return new Revealed<>(member, accounting.revealed(actor, why, List.of(member.id())));
    }

    @Override
    public Revealed<MemberPage> find(Actor actor, MemberCriteria criteria, String purpose) {
        actor.requireRole("read members", Role.HUB_ADMIN, Role.PARTNER);
        String why = Purposes.check(purpose);
        MemberPage page = criteria.asSeenBy(actor).map(members::find).orElseGet(() -> new MemberPage(List.of(), Optional.empty()));
        return new Revealed<>(page, accounting.revealed(actor, why, page.members().stream().map(Member::id).toList()));
    }

    @Override
    public Revealed<Nik> revealNik(Actor actor, MemberId id, String purpose) {
        actor.requireHub("see a member's full NIK");
        if (purpose == null || purpose.isBlank()) {
            throw new DomainException(ApplicationError.PURPOSE_REQUIRED, "purpose",
                    "say why the full NIK is needed (purpose=…); the reveal and its purpose are recorded");
        }
        String why = Purposes.check("reveal-nik: " + purpose.strip());
        Member member = Lookups.visibleMember(members, actor, id);
        return new Revealed<>(member.nik(), accounting.revealed(actor, why, List.of(member.id())));
    }

    /** Checking the purposes callers give. */
    static final class Purposes {
        private Purposes() {
        }

        /** The purpose, or {@code PURPOSE_INVALID} when it is empty, too long or holds control characters. */
        static String check(String purpose) {
            if (purpose == null || purpose.isBlank() || purpose.length() > ReadRecord.MAX_PURPOSE
                    || purpose.chars().anyMatch(Character::isISOControl)) {
                throw new DomainException(ApplicationError.PURPOSE_INVALID, "purpose",
                        "a purpose has 1–" + ReadRecord.MAX_PURPOSE + " characters and no control characters");
            }
            return purpose.strip();
        }
    }
}
