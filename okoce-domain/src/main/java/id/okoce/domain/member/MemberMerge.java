package id.okoce.domain.member;

import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Two members found to be one person, made one: the member registered first survives and keeps its
 * number (the earlier registration day; on the same day, the one stored first, whose time-ordered id
 * is the lower), absorbing the other's stages ({@link Member#absorbing}); the other is closed as
 * merged into it ({@link MergedMember}). The survivor registered no later than the other, so every
 * stage it gains is on or after its own registration.
 *
 * @param survivor the member that stays, as it becomes
 * @param merged   the member closed, as it was
 * @param on       the day of the merge
 * @param gained   the stages the survivor did not have before, or now has on an earlier day
 */
public record MemberMerge(Member survivor, Member merged, LocalDate on, Set<Stage> gained) {

    /** The order of survival: registered earlier, then stored earlier. */
    private static final Comparator<Member> FIRST = Comparator.comparing(Member::registeredOn)
            .thenComparing(m -> m.id().value().toString());

    /** Checks the parts and copies the stages. */
    public MemberMerge {
        Objects.requireNonNull(survivor, "survivor");
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(on, "on");
        gained = gained.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(gained));
    }

    /**
     * Merges {@code a} and {@code b} on {@code on}.
     *
     * @throws IllegalArgumentException when they are one member already
     */
    public static MemberMerge of(Member a, Member b, LocalDate on) {
        if (a.id().equals(b.id())) {
            throw new IllegalArgumentException("member " + a.id() + " cannot be merged with itself");
        }
        Member first = FIRST.compare(a, b) <= 0 ? a : b;
        Member second = first == a ? b : a;
        Member survivor = first.absorbing(second);
        Set<Stage> gained = EnumSet.noneOf(Stage.class);
        for (Stage stage : Stage.values()) {
            if (!survivor.stages().completion(stage).equals(first.stages().completion(stage))) {
                gained.add(stage);
            }
        }
        return new MemberMerge(survivor, second, on, gained);
    }

    /** What is left of the closed member: where it pointed. */
    public MergedMember closed() {
        return new MergedMember(merged.id(), merged.number(), merged.domicile(), survivor.id(), survivor.number(), on);
    }
}
