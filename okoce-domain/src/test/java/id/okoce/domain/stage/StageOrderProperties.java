package id.okoce.domain.stage;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.testdata.MemberBuilder;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class StageOrderProperties {

    private static final LocalDate REGISTERED = LocalDate.of(2018, 9, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final ProvinceCode DKI = ProvinceCode.of("31");

    @Property
    void any_sequence_of_completions_leaves_a_prefix_closed_record_in_date_order(
            @ForAll @Size(max = 20) List<Stage> attempts,
            @ForAll @Size(max = 20) List<@IntRange(min = -5, max = 60) Integer> dayOffsets) {
        StageRules rules = StageRules.standard((p, s, d) -> true);
        StageRecord record = StageRecord.registeredOn(REGISTERED);
        for (int i = 0; i < attempts.size(); i++) {
            Stage stage = attempts.get(i);
            int offset = i < dayOffsets.size() ? dayOffsets.get(i) : i;
            StageCompletion completion = new StageCompletion(stage, REGISTERED.plusDays(offset), MemberBuilder.evidenceFor(stage));
            try {
                record = record.complete(completion, DKI, TODAY, rules);
            } catch (DomainException refused) {
                assertThat(refused.code()).isInstanceOf(StageError.class);
            }
        }
        Set<Stage> done = record.doneStages();
        assertThat(done).isEqualTo(EnumSet.range(Stage.REGISTRATION, record.highest()));
        LocalDate previous = REGISTERED;
        for (StageCompletion completion : record.completions()) {
            assertThat(completion.completedOn()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(TODAY);
            previous = completion.completedOn();
        }
    }

    @Property
    void a_refused_completion_leaves_the_record_unchanged(@ForAll Stage stage, @ForAll @IntRange(min = 0, max = 4) int doneBefore) {
        StageRules rules = StageRules.standard((p, s, d) -> true);
        StageRecord record = StageRecord.registeredOn(REGISTERED);
        for (int n = 2; n <= doneBefore + 1; n++) {
            Stage next = Stage.number(n);
            record = record.complete(new StageCompletion(next, REGISTERED.plusDays(n), MemberBuilder.evidenceFor(next)), DKI, TODAY, rules);
        }
        StageRecord before = record;
        try {
            record = record.complete(new StageCompletion(stage, REGISTERED.plusDays(10), MemberBuilder.evidenceFor(stage)), DKI, TODAY, rules);
            assertThat(stage.number()).isEqualTo(doneBefore + 2);
        } catch (DomainException refused) {
            assertThat(record).isEqualTo(before);
            assertThat(stage.number()).isNotEqualTo(doneBefore + 2);
        }
    }
}
