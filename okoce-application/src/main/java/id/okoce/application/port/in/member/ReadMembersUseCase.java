package id.okoce.application.port.in.member;

import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.member.MemberPage;
import id.okoce.domain.access.Actor;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;

/**
 * Reads members. The hub sees every member; a partner sees the members living in its province
 * and nothing else (others behave as if they did not exist); a bank reads no member records.
 */
public interface ReadMembersUseCase {

    /**
     * One member.
     *
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_NOT_FOUND} if unknown or not visible
     */
    Member get(Actor actor, MemberId id);

    /**
     * A page of members in member-number order; a partner's search is confined to its province
     * (asking for another province finds nothing).
     */
    MemberPage find(Actor actor, MemberCriteria criteria);
}
