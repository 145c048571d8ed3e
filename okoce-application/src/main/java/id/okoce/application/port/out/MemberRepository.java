package id.okoce.application.port.out;

import id.okoce.domain.identity.Nik;
import id.okoce.domain.member.ErasedMember;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.member.MemberPage;
import id.okoce.domain.member.MergedMember;
import id.okoce.domain.region.ProvinceCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
     * One page of members matching {@code criteria} ({@link MemberCriteria#matches}), in
     * {@link MemberCriteria#order()}: member-number order (province code, then sequence) or, for a
     * search by name, by score then number. Keyset pagination: a page starts strictly after
     * {@code criteria.after()} ({@link MemberCriteria#isAfterCursor}), so paging through never skips
     * or repeats a member that existed when paging began, even while others are inserted. The
     * page's cursor is {@link MemberCriteria#cursorOf} its last member. Erased members are never found.
     *
     * <p>A store may bound a search by name to the names most alike (at least the 200 best-scoring
     * distinct names); exact look-ups (NIK, number, phone) and filters are never bounded.
     */
    MemberPage find(MemberCriteria criteria);

    /**
     * Erases a member's identity and contact data for good: the member at {@code version} is
     * replaced by {@code remains}; its NIK, name, phone, business name, NIB and stage evidence are
     * destroyed (not hidden), its NIK may be registered again, and {@link #findById},
     * {@link #findByNik}, {@link #findByNumber} and {@link #find} no longer find it. The report
     * read model is unchanged (the stages stay done). Joins the current transaction.
     *
     * @throws StaleVersionException when the member is not stored at {@code version}
     */
    void erase(ErasedMember remains, long version);

    /** What is left of an erased member, or empty (never erased, or unknown). */
    Optional<ErasedMember> findErased(MemberId id);

    /**
     * Where a member merged into another went, or empty (never merged, or unknown). A store that
     * never merges members (see {@link DuplicateRegister#merge}) keeps the default: none.
     */
    default Optional<MergedMember> findMerged(MemberId id) {
        return Optional.empty();
    }

    /**
     * Members not erased with no activity on or after {@code since}: registered, every stage done,
     * and every entry of the {@link AuditTrail} about them (in the network's time zone, Asia/Jakarta)
     * before it. At most {@code limit}, oldest registrations first.
     */
    List<Member> inactiveSince(LocalDate since, int limit);

    /** How many members {@link #inactiveSince} would find without a limit, per province of domicile (none: an empty map). */
    Map<ProvinceCode, Long> countInactiveSince(LocalDate since);
}
