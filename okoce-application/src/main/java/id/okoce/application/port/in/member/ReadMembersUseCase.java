package id.okoce.application.port.in.member;

import id.okoce.application.port.in.Revealed;
import id.okoce.domain.access.Actor;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberPage;

/**
 * Reads members. The hub sees every member; a partner sees the members living in its province
 * and nothing else (others behave as if they did not exist); a bank reads no member records.
 * Every answer leaves a read record per member it shows, and may be handed out only once they are
 * stored ({@link Revealed}).
 */
public interface ReadMembersUseCase {

    /** The purpose recorded for a member's detail when the caller names none. */
    String DETAIL = "member-detail";
    /** The purpose recorded for search results when the caller names none. */
    String SEARCH = "member-search";

    /**
     * One member, and the record that {@code actor} saw it for {@code purpose}.
     *
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_NOT_FOUND} if unknown or not
     *         visible, {@code MEMBER_ERASED} if its data was erased
     */
    Revealed<Member> get(Actor actor, MemberId id, String purpose);

    /**
     * A page of members: in member-number order, or by likeness when searching by name; a
     * partner's search is confined to its province (asking for another province finds nothing).
     * Leaves a read record per member of the page.
     */
    Revealed<MemberPage> find(Actor actor, MemberCriteria criteria, String purpose);

    /**
     * The member's full NIK, for the hub only and only for a stated purpose, which is recorded.
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} for anyone but the hub,
     *         {@code PURPOSE_REQUIRED} without a purpose, and the codes of {@link #get}
     */
    Revealed<Nik> revealNik(Actor actor, MemberId id, String purpose);

    /** {@link #get} for the purpose {@link #DETAIL}, once its read record is stored. */
    default Member get(Actor actor, MemberId id) {
        return get(actor, id, DETAIL).await();
    }

    /** {@link #find} for the purpose {@link #SEARCH}, once its read records are stored. */
    default MemberPage find(Actor actor, MemberCriteria criteria) {
        return find(actor, criteria, SEARCH).await();
    }
}
