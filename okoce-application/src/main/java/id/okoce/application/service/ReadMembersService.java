package id.okoce.application.service;

import id.okoce.application.port.in.member.ReadMembersUseCase;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberPage;
import java.util.List;
import java.util.Optional;

/** Reads members within what the actor may see. */
public final class ReadMembersService implements ReadMembersUseCase {

    private final MemberRepository members;

    /** Wires the service. */
    public ReadMembersService(MemberRepository members) {
        this.members = members;
    }

    @Override
    public Member get(Actor actor, MemberId id) {
        actor.requireRole("read members", Role.HUB_ADMIN, Role.PARTNER);
        return Lookups.visibleMember(members, actor, id);
    }

    @Override
    public MemberPage find(Actor actor, MemberCriteria criteria) {
        actor.requireRole("read members", Role.HUB_ADMIN, Role.PARTNER);
        return criteria.asSeenBy(actor).map(members::find).orElseGet(() -> new MemberPage(List.of(), Optional.empty()));
    }
}
