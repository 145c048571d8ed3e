package id.okoce.domain.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.testdata.MemberBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Any sequence of completion attempts, compared step by step with a model of the 7PAS rules kept
 * as two numbers — how far the member got and the date of the last stage — instead of the record's
 * own logic: an attempt succeeds exactly when it is the next stage, dated neither before the last
 * stage nor after today; otherwise it is refused with the rule's code and changes nothing.
 */
class StageOrderProperties {

    private static final LocalDate REGISTERED = LocalDate.of(2018, 9, 10);
    private static final LocalDate TODAY = LocalDate.of(2019, 1, 1);
    private static final KecamatanCode DKI = KecamatanCode.of("31.71.01");
    private static final StageRules EVERYWHERE = StageRules.standard((p, s, d) -> true);

    /** One attempt: a stage and a day offset from registration. */
    private record Attempt(Stage stage, int day) {
    }

    private static Gen<List<Attempt>> attempts() {
        Gen<Attempt> attempt = Generate.enumValues(Stage.class).zip(integers().between(-5, 130), Attempt::new);
        return lists().of(attempt).ofSizeBetween(0, 25);
    }

    /** The code the rules give an attempt in a model state, or null when it succeeds. */
    private static String expectedRefusal(int highest, LocalDate last, Attempt a) {
        LocalDate on = REGISTERED.plusDays(a.day());
        if (a.stage().number() <= highest) {
            return "STAGE_ALREADY_DONE";
        }
        if (a.stage().number() > highest + 1) {
            return "STAGE_OUT_OF_ORDER";
        }
        if (on.isAfter(TODAY) || on.isBefore(last)) {
            return "STAGE_DATE_INVALID";
        }
        return null;
    }

    @Test
    void every_attempt_succeeds_or_is_refused_exactly_as_the_model_says() {
        qt().withExamples(2000).forAll(attempts()).checkAssert(list -> {
            StageRecord record = StageRecord.registeredOn(REGISTERED);
            int highest = 1;
            LocalDate last = REGISTERED;
            List<String> seen = new ArrayList<>();
            for (Attempt a : list) {
                String expected = expectedRefusal(highest, last, a);
                StageRecord before = record;
                try {
                    record = record.complete(new StageCompletion(a.stage(), REGISTERED.plusDays(a.day()),
                            MemberBuilder.evidenceFor(a.stage())), DKI, TODAY, EVERYWHERE);
                    seen.add(a + " done");
                    assertThat(expected).as("%s should have been refused after %s", a, seen).isNull();
                    highest = a.stage().number();
                    last = REGISTERED.plusDays(a.day());
                } catch (DomainException refused) {
                    seen.add(a + " " + refused.code());
                    assertThat(refused.code().name()).as("%s after %s", a, seen).isEqualTo(expected);
                    assertThat(record).as("a refusal changes nothing").isEqualTo(before);
                }
                assertThat(record.highest().number()).isEqualTo(highest);
                assertThat(record.doneStages()).hasSize(highest);
            }
        });
    }

    @Test
    void a_stage_not_delivered_in_the_province_is_refused_and_changes_nothing() {
        StageRules nowhere = StageRules.standard((p, s, d) -> false);
        qt().forAll(Generate.enumValues(Stage.class).assuming(s -> s != Stage.REGISTRATION)).checkAssert(stage -> {
            StageRecord record = StageRecord.registeredOn(REGISTERED);
            for (int n = 2; n < stage.number(); n++) {
                Stage next = Stage.number(n);
                record = record.complete(new StageCompletion(next, REGISTERED.plusDays(n), MemberBuilder.evidenceFor(next)), DKI,
                        TODAY, EVERYWHERE);
            }
            StageRecord before = record;
            StageRecord reached = record;
            DomainException refused = org.assertj.core.api.Assertions.catchThrowableOfType(() -> reached.complete(
                    new StageCompletion(stage, REGISTERED.plusDays(20), MemberBuilder.evidenceFor(stage)), DKI, TODAY, nowhere),
                    DomainException.class);
            assertThat(refused).isNotNull();
            assertThat(refused.code()).isEqualTo(StageError.STAGE_UNAVAILABLE_IN_REGION);
            assertThat(record).isEqualTo(before);
        });
    }
}
