package id.okoce.application.port.out;

import id.okoce.domain.identity.Nik;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.member.MemberPage;
import java.util.Optional;

/**
 * Stores members. Reads return {@link Optional#empty()} for an unknown id, never {@code null}.
 * Writes join the current {@link Transactions} transaction when there is one; a write made outside
 * one is a transaction of its own.
 *
 * <p>What a store must guarantee besides each method's contract:
 * <ul>
 *   <li><b>Threads.</b> Every method is called from many threads at once (every HTTP request,
 *       the import writer); the store is safe for it without callers' help.</li>
 *   <li><b>Visibility.</b> A write is seen by other threads only once its transaction commits,
 *       and then whole (a member, its indexes and the counters of {@link NetworkStatistics}
 *       together); the transaction that wrote it sees it at once. A store that cannot hide
 *       uncommitted writes must not show them partly: the core checks a NIK and a version with
 *       {@code save}, never by reading first.</li>
 *   <li><b>Uniqueness.</b> One member per id, per NIK and per member number, enforced by
 *       {@code save} even when two threads save at once.</li>
 * </ul>
 */
public interface MemberRepository {

    /**
     * Stores a member with optimistic locking, and returns it at its new version.
     *
     * <ul>
     *   <li>A member at version 0 is new: it is inserted and returned at version 1. If its id
     *       already exists, {@link StaleVersionException}; if its NIK already belongs to another
     *       member, {@link DuplicateNikException} naming that member's number; if its member number
     *       is already taken (a number source that repeated itself), {@link StaleVersionException}
     *       and nothing is written — a number is never given to two members.</li>
     *   <li>A member at version {@code v > 0} replaces the stored one only if that is still at
     *       version {@code v}; it is returned at {@code v + 1}. Otherwise (changed or deleted in
     *       between) {@link StaleVersionException}, and nothing is written: a stale save never
     *       overwrites.</li>
     * </ul>
     * The report read model ({@link NetworkStatistics}) reflects the change in the same transaction.
     */
    Member save(Member member);

    /** The member with this id, or empty. */
    Optional<Member> findById(MemberId id);

    /** The member holding this NIK, or empty. */
    Optional<Member> findByNik(Nik nik);

    /** The member with this number, or empty. */
    Optional<Member> findByNumber(MemberNumber number);

    /**
     * One page of members matching {@code criteria}, in member-number order (province code, then
     * sequence). Keyset pagination: a page starts strictly after {@code criteria.after()}, so
     * paging through never skips or repeats a member that existed when paging began, even while
     * others are inserted.
     */
    MemberPage find(MemberCriteria criteria);
}
