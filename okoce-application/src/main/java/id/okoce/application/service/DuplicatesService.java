package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.Revealed;
import id.okoce.application.port.in.duplicate.ReviewDuplicatesUseCase;
import id.okoce.application.port.in.duplicate.ScanDuplicatesUseCase;
import id.okoce.application.port.out.DuplicateRegister;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.duplicate.DuplicatePair;
import id.okoce.domain.duplicate.DuplicateScore;
import id.okoce.domain.duplicate.DuplicateScorer;
import id.okoce.domain.duplicate.KnownPerson;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberMerge;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The review queue of possible duplicates and the scan that fills it. A partner reviews the pairs
 * whose two members both live in its area (a pair reaching outside it is the hub's); reading pairs
 * is a read of both members' data (masked NIK, member numbers, what matched) and is recorded.
 */
public final class DuplicatesService implements ReviewDuplicatesUseCase, ScanDuplicatesUseCase {

    /**
     * A block larger than this is not compared pair by pair: a phone shared by a thousand members is
     * an office's, not a person's (its members are still compared in their birth blocks).
     */
    static final int MAX_BLOCK = 1_000;
    /** Pairs are recorded in batches of this many during a scan. */
    static final int SCAN_BATCH = 2_000;
    private static final String PURPOSE = "duplicate review";

    private final DuplicateRegister register;
    private final MemberRepository members;
    private final Transactions transactions;
    private final Accounting accounting;
    private final DuplicateScore.Thresholds thresholds;
    private final Clock clock;

    /** Wires the service. */
    public DuplicatesService(DuplicateRegister register, MemberRepository members, Transactions transactions, Accounting accounting,
                             DuplicateScore.Thresholds thresholds, Clock clock) {
        this.register = register;
        this.members = members;
        this.transactions = transactions;
        this.accounting = accounting;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    @Override
    public Revealed<List<DuplicatePair>> open(Actor actor, Optional<MemberId> member, int limit,
                                              Optional<Long> after) {
        actor.requireRole("review possible duplicates", Role.HUB_ADMIN, Role.PARTNER);
        Optional<DuplicatePair> from = after.map(id -> visible(actor, id));
        List<DuplicatePair> pairs = register.open(actor.partnerArea(), member, Math.max(1, Math.min(limit, MAX_PAGE)), from);
        return new Revealed<>(pairs, accounting.revealed(actor, PURPOSE, members(pairs)));
    }

    @Override
    public DuplicateScore.Thresholds thresholds() {
        return thresholds;
    }

    @Override
    public Revealed<DuplicatePair> pair(Actor actor, long id) {
        actor.requireRole("review possible duplicates", Role.HUB_ADMIN, Role.PARTNER);
        DuplicatePair pair = visible(actor, id);
        return new Revealed<>(pair, accounting.revealed(actor, PURPOSE, members(List.of(pair))));
    }

    @Override
    public DuplicatePair resolveDistinct(Actor actor, long id, Optional<String> reason) {
        actor.requireRole("resolve possible duplicates", Role.HUB_ADMIN, Role.PARTNER);
        Optional<String> why = reason.map(r -> Reasons.check(r, "reason", Reasons.MAX));
        DuplicatePair pair = visible(actor, id);
        if (pair.status() != DuplicatePair.Status.OPEN) {
            throw resolved(id);
        }
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            if (!register.resolveDistinct(id, now, actor.label(), why)) {
                throw resolved(id);
            }
            accounting.changed(actor, AuditAction.DUPLICATE_RESOLVED, Long.toString(id), Optional.empty(), List.of(
                    FieldChange.of("members", null, pair.first().number() + " " + pair.second().number()),
                    FieldChange.of("status", DuplicatePair.Status.OPEN.name(), DuplicatePair.Status.DISTINCT.name())), why);
            return null;
        });
        return register.pair(id).orElseThrow();
    }

    @Override
    public Merged merge(Actor actor, long id, Optional<String> reason) {
        actor.requireHub("merge members");
        Optional<String> why = reason.map(r -> Reasons.check(r, "reason", Reasons.MAX));
        DuplicatePair pair = visible(actor, id);
        if (pair.status() != DuplicatePair.Status.OPEN) {
            throw resolved(id);
        }
        return transactions.inTransaction(() -> {
            Optional<Member> first = members.findById(pair.first().id());
            Optional<Member> second = members.findById(pair.second().id());
            if (first.isEmpty() || second.isEmpty()) {
                throw resolved(id); // one of them was erased or merged meanwhile
            }
            MemberMerge merge = MemberMerge.of(first.get(), second.get(), LocalDate.now(clock));
            int moved = register.merge(id, merge.closed(), merge.merged().version());
            if (moved < 0) {
                throw resolved(id);
            }
            Member survivor = members.save(merge.survivor());
            String gained = merge.gained().stream().map(Stage::code).collect(Collectors.joining(" "));
            accounting.memberChanged(actor, AuditAction.MEMBER_MERGED, survivor, List.of(
                    FieldChange.of("mergedMemberId", null, merge.closed().id().toString()),
                    FieldChange.of("mergedNumber", null, merge.closed().number().toString()),
                    FieldChange.of("stagesGained", null, gained.isEmpty() ? "-" : gained),
                    FieldChange.of("financingsMoved", null, Integer.toString(moved)),
                    FieldChange.of("duplicatePair", null, Long.toString(id))), why);
            return new Merged(survivor, merge.closed(), merge.gained(), moved);
        });
    }

    /** What a scan has counted so far. */
    private static final class Tally {
        long members;
        long compared;
        long found;
        long likely;
        long opened;
        long oversized;
    }

    @Override
    public ScanReport scan(Actor actor) {
        actor.requireRole("scan the register for duplicates", Role.HUB_ADMIN);
        return scanBlocks(register::forEachBlock, "SCAN");
    }

    @Override
    public ScanReport scanImport(Actor actor, ImportJobId job) {
        actor.requireRole("scan an import for duplicates", Role.HUB_ADMIN);
        return scanBlocks(blocks -> register.forEachBlockOf(job, blocks), "IMPORT");
    }

    /** Compares every pair of every block {@code source} hands on, recording those at or above the review threshold. */
    private ScanReport scanBlocks(Consumer<Consumer<List<KnownPerson>>> source, String foundBy) {
        long start = System.nanoTime();
        Tally tally = new Tally();
        List<DuplicateRegister.Found> batch = new ArrayList<>();
        Instant now = clock.instant();
        source.accept(block -> {
            if (block.size() > MAX_BLOCK) {
                tally.oversized++;
                return;
            }
            tally.members += block.size();
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    tally.compared++;
                    compare(block.get(i), block.get(j), now, foundBy, tally, batch);
                }
            }
            if (batch.size() >= SCAN_BATCH) {
                tally.opened += register.record(List.copyOf(batch));
                batch.clear();
            }
        });
        tally.opened += register.record(List.copyOf(batch));
        return new ScanReport(tally.members, tally.compared, tally.found, tally.likely, tally.opened, tally.oversized,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Scores one pair of a block and keeps it when it reaches the review threshold. */
    private void compare(KnownPerson a, KnownPerson b, Instant now, String foundBy, Tally tally, List<DuplicateRegister.Found> batch) {
        Optional<DuplicateScore> score = DuplicateScorer.scoreAtLeast(a.facts(), b.facts(), thresholds.review());
        if (score.isEmpty()) {
            return;
        }
        tally.found++;
        if (score.get().verdict(thresholds) == DuplicateScore.Verdict.LIKELY_DUPLICATE) {
            tally.likely++;
        }
        batch.add(new DuplicateRegister.Found(a.id(), b.id(), score.get(), DuplicatePair.Status.OPEN, foundBy, now, Optional.empty()));
    }

    private DuplicatePair visible(Actor actor, long id) {
        return register.pair(id).filter(p -> actor.canSee(p.first().facts().kecamatan()) && actor.canSee(p.second().facts().kecamatan()))
                .orElseThrow(() -> new DomainException(ApplicationError.DUPLICATE_PAIR_NOT_FOUND, "id",
                        "no possible duplicate " + id + " within your reach"));
    }

    private static DomainException resolved(long id) {
        return new DomainException(ApplicationError.DUPLICATE_PAIR_RESOLVED, "id", "possible duplicate " + id + " was resolved already");
    }

    private static List<MemberId> members(List<DuplicatePair> pairs) {
        List<MemberId> ids = new ArrayList<>();
        for (DuplicatePair p : pairs) {
            ids.add(p.first().id());
            ids.add(p.second().id());
        }
        return ids;
    }
}
