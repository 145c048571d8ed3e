package id.okoce.domain.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.okoce.domain.testdata.MemberBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Two records of one person made one ({@link StageRecord#union}), compared with a model kept as
 * plain day numbers per stage: a stage is done when either record did it, on the earlier of its days;
 * and two records that each keep the stage order give a union that keeps it too.
 */
class StageUnionProperties {

    private static final LocalDate DAY_ZERO = LocalDate.of(2018, 1, 1);

    /** A record as the days of P1, P2… in order: each day a non-negative step after the previous one. */
    private static Gen<List<Integer>> record() {
        return lists().of(integers().between(0, 60)).ofSizeBetween(1, Stage.values().length).map(steps -> {
            List<Integer> days = new ArrayList<>();
            int day = 0;
            for (int step : steps) {
                day += step;
                days.add(day);
            }
            return days;
        });
    }

    private static StageRecord of(List<Integer> days) {
        List<StageCompletion> completions = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            Stage stage = Stage.values()[i];
            completions.add(new StageCompletion(stage, DAY_ZERO.plusDays(days.get(i)), MemberBuilder.evidenceFor(stage)));
        }
        return StageRecord.restore(completions);
    }

    @Test
    void each_stage_either_did_is_done_on_the_earlier_day_and_the_order_holds() {
        qt().withExamples(2000).forAll(record(), record()).checkAssert((a, b) -> {
            StageRecord union = of(a).union(of(b));
            LocalDate previous = DAY_ZERO;
            for (int i = 0; i < Stage.values().length; i++) {
                Stage stage = Stage.values()[i];
                Integer expected = i < a.size() && i < b.size() ? Integer.valueOf(Math.min(a.get(i), b.get(i)))
                        : i < a.size() ? a.get(i) : i < b.size() ? b.get(i) : null;
                if (expected == null) {
                    assertThat(union.isDone(stage)).as("%s in neither %s nor %s", stage, a, b).isFalse();
                    continue;
                }
                LocalDate on = union.completion(stage).orElseThrow().completedOn();
                assertThat(on).as("%s of %s and %s", stage, a, b).isEqualTo(DAY_ZERO.plusDays(expected));
                assertThat(on).as("the order of %s and %s", a, b).isAfterOrEqualTo(previous);
                previous = on;
            }
            assertThat(of(b).union(of(a)).doneStages()).isEqualTo(union.doneStages());
        });
    }
}
