package example.fork;

import id.okoce.application.port.out.IdempotencyStore.Outcome;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.member.ErasedMember;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * What the fork's store keeps, outliving its adapters (opening new adapters on the same ledger is
 * a restart). Committed data is one immutable {@link Snapshot}; {@link #transaction} gives the work
 * a private copy under one lock and publishes it whole when the work returns.
 */
public final class Ledger {

    /** A remembered keyed request: claimed ({@code outcome} empty) or answered. */
    record Remembered(Instant at, Optional<Outcome> outcome) {
    }

    /** Which import job stored a NIK, from which line. */
    record Origin(ImportJobId job, long line) {
    }

    /** The data of one commit. Maps are never changed once the snapshot is published. */
    static final class Snapshot {
        final Map<MemberId, Member> members;
        final Map<String, MemberId> byNik;
        final NavigableMap<MemberNumber, MemberId> byNumber;
        final Map<FinancingId, Financing> financings;
        final Map<FinancingId, id.okoce.domain.financing.FinancingRefusal> refusals;
        final Map<String, Remembered> remembered;
        final Map<String, Origin> origins;
        /** Per province: members, then how many have done each stage (index 1 + ordinal). */
        final Map<ProvinceCode, long[]> counts;
        /** What is left of erased members; their numbers are never given again. */
        final Map<MemberId, ErasedMember> erased;
        /** The audit trail, in append order. */
        final List<AuditEntry> audit;
        /** For an imported member, the position in {@link #audit} of the batch that wrote it. */
        final Map<MemberId, Integer> importedBy;

        private Snapshot(Map<MemberId, Member> members, Map<String, MemberId> byNik,
                         NavigableMap<MemberNumber, MemberId> byNumber, Map<FinancingId, Financing> financings,
                         Map<FinancingId, id.okoce.domain.financing.FinancingRefusal> refusals, Map<String, Remembered> remembered, Map<String, Origin> origins,
                         Map<ProvinceCode, long[]> counts, Map<MemberId, ErasedMember> erased, List<AuditEntry> audit,
                         Map<MemberId, Integer> importedBy) {
            this.members = members;
            this.byNik = byNik;
            this.byNumber = byNumber;
            this.financings = financings;
            this.refusals = refusals;
            this.remembered = remembered;
            this.origins = origins;
            this.counts = counts;
            this.erased = erased;
            this.audit = audit;
            this.importedBy = importedBy;
        }

        static Snapshot empty() {
            return new Snapshot(new HashMap<>(), new HashMap<>(), new TreeMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                    new HashMap<>(), new HashMap<>(), new HashMap<>(), new ArrayList<>(), new HashMap<>());
        }

        /** A private, changeable copy. */
        Snapshot copy() {
            return new Snapshot(new HashMap<>(members), new HashMap<>(byNik), new TreeMap<>(byNumber),
                    new HashMap<>(financings), new HashMap<>(refusals), new HashMap<>(remembered), new HashMap<>(origins), copyOf(counts),
                    new HashMap<>(erased), new ArrayList<>(audit), new HashMap<>(importedBy));
        }

        private static Map<ProvinceCode, long[]> copyOf(Map<ProvinceCode, long[]> counts) {
            Map<ProvinceCode, long[]> copy = new HashMap<>();
            counts.forEach((province, row) -> copy.put(province, row.clone()));
            return copy;
        }

        void put(Member member) {
            Member before = members.put(member.id(), member);
            if (before != null) {
                byNik.remove(before.nik().value());
                byNumber.remove(before.number());
                count(before, -1);
            }
            count(member, 1);
            byNik.put(member.nik().value(), member.id());
            byNumber.put(member.number(), member.id());
        }

        private void count(Member member, long change) {
            long[] row = counts.computeIfAbsent(member.province(), p -> new long[1 + Stage.values().length]);
            row[0] += change;
            for (Stage stage : member.stages().doneStages()) {
                row[1 + stage.ordinal()] += change;
            }
        }

        /** Replaces a member by its remains: found no more, its NIK free, its number kept, its stages still counted. */
        void erase(ErasedMember remains) {
            Member before = members.remove(remains.id());
            byNik.remove(before.nik().value());
            byNumber.remove(before.number());
            erased.put(remains.id(), remains);
        }

        /** Whether {@code number} was ever given (to a member stored or erased). */
        boolean numberTaken(MemberNumber number) {
            return byNumber.containsKey(number) || erased.values().stream().anyMatch(e -> e.number().equals(number));
        }

        Optional<Member> byNik(String nik) {
            return Optional.ofNullable(byNik.get(nik)).map(members::get);
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Snapshot> draft = new ThreadLocal<>();
    private volatile Snapshot committed = Snapshot.empty();
    /** Member-number sequences: like a database sequence, never rolled back, so no number repeats. */
    private final Map<ProvinceCode, AtomicLong> sequences = new ConcurrentHashMap<>();

    /** What the calling thread sees: its transaction's copy, or the last commit. */
    Snapshot view() {
        Snapshot mine = draft.get();
        return mine != null ? mine : committed;
    }

    /**
     * Runs {@code work} on a private copy and publishes it if the work returns; a call inside a
     * transaction joins it. One transaction runs at a time.
     */
    <T> T transaction(Function<Snapshot, T> work) {
        Snapshot mine = draft.get();
        if (mine != null) {
            return work.apply(mine);
        }
        lock.lock();
        try {
            Snapshot copy = committed.copy();
            draft.set(copy);
            T result = work.apply(copy);
            committed = copy;
            return result;
        } finally {
            draft.remove();
            lock.unlock();
        }
    }

    long nextSequence(ProvinceCode province) {
        return sequences.computeIfAbsent(province, p -> new AtomicLong()).incrementAndGet();
    }
}
