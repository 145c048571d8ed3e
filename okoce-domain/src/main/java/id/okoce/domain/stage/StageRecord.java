package id.okoce.domain.stage;

import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member's 7PAS record: which stages are done, when, and with what evidence. Immutable:
 * {@link #complete} returns a new record.
 */
public final class StageRecord {

    private final Map<Stage, StageCompletion> done;

    private StageRecord(Map<Stage, StageCompletion> done) {
        this.done = Collections.unmodifiableMap(done);
    }

    /** A new member's record: P1 done on the registration date. */
    public static StageRecord registeredOn(LocalDate registeredOn) {
        Map<Stage, StageCompletion> done = new EnumMap<>(Stage.class);
        done.put(Stage.REGISTRATION, new StageCompletion(Stage.REGISTRATION, registeredOn, StageEvidence.none()));
        return new StageRecord(done);
    }

    /** Rebuilds a stored record without re-running the rules; for adapters. P1 must be among them. */
    public static StageRecord restore(Collection<StageCompletion> completions) {
        Map<Stage, StageCompletion> done = new EnumMap<>(Stage.class);
        for (StageCompletion completion : completions) {
            if (done.put(completion.stage(), completion) != null) {
                throw new IllegalArgumentException("stage " + completion.stage().code() + " appears twice");
            }
        }
        if (!done.containsKey(Stage.REGISTRATION)) {
            throw new IllegalArgumentException("a stage record always holds P1");
        }
        return new StageRecord(done);
    }

    /**
     * Completes {@code stage} for a member living at {@code place}, checking in this order:
     * not already done ({@code STAGE_ALREADY_DONE}); prerequisites done ({@code STAGE_OUT_OF_ORDER});
     * delivered there on that date ({@code STAGE_UNAVAILABLE_IN_REGION}); the evidence the
     * stage needs ({@code STAGE_EVIDENCE_MISSING}); the date neither after {@code today} nor before
     * any earlier stage's date ({@code STAGE_DATE_INVALID}).
     *
     * @return the record with the stage done
     * @throws DomainException with one of the codes above
     */
    public StageRecord complete(StageCompletion completion, KecamatanCode place, LocalDate today, StageRules rules) {
        Stage stage = completion.stage();
        if (isDone(stage)) {
            throw new DomainException(StageError.STAGE_ALREADY_DONE, "stage",
                    stage.code() + " " + stage.englishName() + " was already done on " + done.get(stage).completedOn());
        }
        Set<Stage> missing = rules.prerequisites().missingPrerequisites(stage, this);
        if (!missing.isEmpty()) {
            throw new DomainException(StageError.STAGE_OUT_OF_ORDER, "stage",
                    stage.code() + " needs " + codes(missing) + " first");
        }
        if (!rules.availability().isAvailable(place, stage, completion.completedOn())) {
            throw new DomainException(StageError.STAGE_UNAVAILABLE_IN_REGION, "stage",
                    stage.code() + " " + stage.englishName() + " is not delivered in kecamatan " + place
                            + " (province " + place.province() + ") on " + completion.completedOn());
        }
        if (!stage.evidenceNeed().isMetBy(completion.evidence())) {
            throw new DomainException(StageError.STAGE_EVIDENCE_MISSING, "evidence",
                    stage.code() + " needs evidence of kind " + stage.evidenceNeed());
        }
        if (completion.completedOn().isAfter(today)) {
            throw new DomainException(StageError.STAGE_DATE_INVALID, "completedOn",
                    "completedOn " + completion.completedOn() + " is in the future");
        }
        Optional<LocalDate> latestEarlier = latestDateBefore(stage);
        if (latestEarlier.isPresent() && completion.completedOn().isBefore(latestEarlier.get())) {
            throw new DomainException(StageError.STAGE_DATE_INVALID, "completedOn",
                    "completedOn " + completion.completedOn() + " is before the previous stage's date " + latestEarlier.get());
        }
        Map<Stage, StageCompletion> next = new EnumMap<>(done);
        next.put(stage, completion);
        return new StageRecord(next);
    }

    /**
     * Withdraws {@code stage}, which must be the most recent one done ({@code STAGE_NOT_LATEST}
     * otherwise) and not P1, the registration itself ({@code STAGE_NOT_WITHDRAWABLE}).
     *
     * @return the record without the stage
     */
    public StageRecord withdrawLatest(Stage stage) {
        if (stage == Stage.REGISTRATION) {
            throw new DomainException(StageError.STAGE_NOT_WITHDRAWABLE, "stage",
                    "P1 is the registration itself; a member registered by mistake is erased, not withdrawn");
        }
        if (highest() != stage) {
            throw new DomainException(StageError.STAGE_NOT_LATEST, "stage", isDone(stage)
                    ? stage.code() + " is not the most recent stage: withdraw " + highest().code() + " first"
                    : stage.code() + " is not done");
        }
        Map<Stage, StageCompletion> next = new EnumMap<>(done);
        next.remove(stage);
        return new StageRecord(next);
    }

    /**
     * This record and {@code other} as one: every stage either holds, each with the earlier of the two
     * completions when both hold it (its evidence with it). Two records of one person, merged: the union
     * of two records that each keep the stage order keeps it too, since taking the earlier day of each
     * stage never puts a later stage before an earlier one.
     */
    public StageRecord union(StageRecord other) {
        Map<Stage, StageCompletion> next = new EnumMap<>(done);
        other.done.forEach((stage, theirs) -> next.merge(stage, theirs,
                (mine, their) -> their.completedOn().isBefore(mine.completedOn()) ? their : mine));
        return new StageRecord(next);
    }

    private Optional<LocalDate> latestDateBefore(Stage stage) {
        return stage.earlier().stream()
                .map(done::get)
                .filter(c -> c != null)
                .map(StageCompletion::completedOn)
                .max(LocalDate::compareTo);
    }

    private static String codes(Set<Stage> stages) {
        return stages.stream().map(Stage::code).collect(Collectors.joining(", "));
    }

    /** Whether {@code stage} is done. */
    public boolean isDone(Stage stage) {
        return done.containsKey(stage);
    }

    /** Whether every stage in {@code stages} is done. */
    public boolean areDone(Set<Stage> stages) {
        return done.keySet().containsAll(stages);
    }

    /** The completion of {@code stage}, if done. */
    public Optional<StageCompletion> completion(Stage stage) {
        return Optional.ofNullable(done.get(stage));
    }

    /** The stages done, in stage order. */
    public Set<Stage> doneStages() {
        return EnumSet.copyOf(done.keySet());
    }

    /** The completions, in stage order. */
    public List<StageCompletion> completions() {
        return new ArrayList<>(done.values());
    }

    /** The highest stage done (P1 at least). */
    public Stage highest() {
        Stage highest = Stage.REGISTRATION;
        for (Stage stage : done.keySet()) {
            highest = stage;
        }
        return highest;
    }

    /** The stages of {@code required} not done on {@code date} (not done at all, or done after it), in order. */
    public Set<Stage> missingOn(Set<Stage> required, LocalDate date) {
        Set<Stage> missing = EnumSet.noneOf(Stage.class);
        for (Stage stage : required) {
            StageCompletion completion = done.get(stage);
            if (completion == null || completion.completedOn().isAfter(date)) {
                missing.add(stage);
            }
        }
        return missing;
    }

    /** The stages of {@code required} not done yet, in order. */
    public Set<Stage> missingOf(Set<Stage> required) {
        Set<Stage> missing = EnumSet.noneOf(Stage.class);
        for (Stage stage : required) {
            if (!done.containsKey(stage)) {
                missing.add(stage);
            }
        }
        return missing;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StageRecord other && done.equals(other.done);
    }

    @Override
    public int hashCode() {
        return done.hashCode();
    }

    @Override
    public String toString() {
        return "StageRecord" + done.values().stream()
                .map(c -> c.stage().code() + "@" + c.completedOn())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
