package id.okoce.application.port.out;

import id.okoce.domain.duplicate.DuplicatePair;
import id.okoce.domain.duplicate.DuplicateScore;
import id.okoce.domain.duplicate.KnownPerson;
import id.okoce.domain.duplicate.PersonFacts;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MergedMember;
import id.okoce.domain.partner.PartnerArea;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the duplicate check finds the registered people a registration may be, and where the pairs
 * it finds wait for review. Candidates come in blocks that hold every likely pair while staying
 * small: members sharing the mobile number, members sharing the folded name, and members sharing the
 * birth date and sex their NIK encodes within one kabupaten/kota. Erased members are never candidates.
 *
 * <p>{@link #NONE} finds nothing and keeps nothing: a store without the check (an embedding
 * application that does not want it).
 */
public interface DuplicateRegister {

    /**
     * The registered members sharing {@code facts}' phone, its birth date and sex in its kabupaten/kota, or
     * its folded name; at most {@code limit}, in that order.
     */
    List<KnownPerson> candidatesFor(PersonFacts facts, int limit);

    /**
     * Every registered member, in the blocks {@link #candidatesFor} draws from: each group of members
     * sharing a phone, each group sharing a folded name, then each group sharing a birth date and sex in
     * a kabupaten/kota (groups of one are skipped). Called on the caller's thread, one group at a time; a pair may be in two groups.
     */
    void forEachBlock(Consumer<List<KnownPerson>> block);

    /**
     * The blocks of {@link #forEachBlock} that hold at least one member the import job {@code job}
     * wrote: what an import may have brought in twice, compared after it is written.
     */
    void forEachBlockOf(ImportJobId job, Consumer<List<KnownPerson>> block);

    /**
     * A pair to record.
     *
     * @param first   one member
     * @param second  the other
     * @param score   its score
     * @param status  {@code OPEN} for review, or {@code DISTINCT} when the registering hub confirmed it
     * @param foundBy what found it: {@code REGISTRATION}, {@code CONFIRMED_AT_REGISTRATION}, {@code SCAN} or {@code IMPORT}
     * @param at      when
     * @param by      who resolved it, for a {@code DISTINCT} pair
     */
    record Found(MemberId first, MemberId second, DuplicateScore score, DuplicatePair.Status status, String foundBy,
                 Instant at, Optional<String> by) {
    }

    /**
     * Records pairs, each once whichever way round it is given: a pair already recorded keeps its
     * resolution (an open one takes the newer score). Joins the caller's transaction, if any.
     *
     * @return how many pairs were new
     */
    int record(List<Found> pairs);

    /**
     * The open pairs, highest score first (the newest first among equal scores), after {@code after}
     * (the last pair of the previous page); with {@code within}, only pairs whose two members both
     * live in that area; with {@code member}, only that member's pairs.
     */
    List<DuplicatePair> open(Optional<PartnerArea> within, Optional<MemberId> member, int limit, Optional<DuplicatePair> after);

    /** The pair with this id, open or resolved. */
    Optional<DuplicatePair> pair(long id);

    /**
     * Resolves an open pair as two people.
     *
     * @return false when the pair was not open (resolved meanwhile)
     */
    boolean resolveDistinct(long id, Instant at, String by, Optional<String> reason);

    /** How many pairs are open. */
    long openCount();

    /**
     * Closes the member {@code closed} names as merged into its survivor, the pair {@code pairId}
     * having shown them to be one person; the survivor itself is saved through the
     * {@link MemberRepository} in the same transaction. The merged member, at {@code version}, leaves
     * the register (the report read model counts it no more; its NIK, name and phone are no longer
     * held under it); its financings and refused financings become the survivor's; its history stays
     * in the audit trail and is read as the survivor's ({@link AuditTrail#ofMember}, {@link
     * ReadRecords#ofMember}); {@link MemberRepository#findMerged} answers for its id from then on; the
     * pair is gone from the queue; the merged member's other pairs become the survivor's (a pair
     * resolved as distinct stays so; one the survivor has already is kept as the survivor's). Joins the
     * caller's transaction.
     *
     * @return how many financings became the survivor's, or -1 when the pair is not open any more
     *         (resolved meanwhile: nothing done)
     * @throws StaleVersionException when the merged member is not stored at {@code version}
     */
    int merge(long pairId, MergedMember closed, long version);

    /** No check: no candidates, nothing kept. */
    DuplicateRegister NONE = new DuplicateRegister() {
        @Override
        public List<KnownPerson> candidatesFor(PersonFacts facts, int limit) {
            return List.of();
        }

        @Override
        public void forEachBlock(Consumer<List<KnownPerson>> block) {
            // nothing registered here to compare
        }

        @Override
        public void forEachBlockOf(ImportJobId job, Consumer<List<KnownPerson>> block) {
            // nothing registered here to compare
        }

        @Override
        public int record(List<Found> pairs) {
            return 0;
        }

        @Override
        public List<DuplicatePair> open(Optional<PartnerArea> within, Optional<MemberId> member, int limit,
                                        Optional<DuplicatePair> after) {
            return List.of();
        }

        @Override
        public Optional<DuplicatePair> pair(long id) {
            return Optional.empty();
        }

        @Override
        public boolean resolveDistinct(long id, Instant at, String by, Optional<String> reason) {
            return false;
        }

        @Override
        public long openCount() {
            return 0;
        }

        @Override
        public int merge(long pairId, MergedMember closed, long version) {
            throw new IllegalStateException("no pair " + pairId + " to merge: this store keeps none");
        }
    };
}
