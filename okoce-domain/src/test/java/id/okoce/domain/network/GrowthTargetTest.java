package id.okoce.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.domain.stage.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GrowthTargetTest {

    private final GrowthTarget national = GrowthTarget.national();

    @Test
    void five_million_in_five_years_from_the_launch_counted_at_P4() {
        assertThat(national.goal()).isEqualTo(5_000_000);
        assertThat(national.start()).isEqualTo(LocalDate.of(2018, 9, 6));
        assertThat(national.deadline()).isEqualTo(LocalDate.of(2023, 9, 6));
        assertThat(national.countingStage()).isEqualTo(Stage.LICENSING);
        assertThat(GrowthTarget.national(Stage.REGISTRATION).countingStage()).isEqualTo(Stage.REGISTRATION);
    }

    @Test
    void halfway_in_count_and_time_is_on_track() {
        // 2018-09-06 + 913 days = 2021-03-07; the whole span is 1826 days
        TargetProgress progress = national.progress(2_500_000, LocalDate.of(2021, 3, 7));
        assertThat(progress.percentDone()).isEqualByComparingTo("50.00");
        assertThat(progress.remaining()).isEqualTo(2_500_000);
        assertThat(progress.ratePerDaySoFar()).isEqualByComparingTo("2738.23");
        assertThat(progress.requiredRatePerDay()).get().satisfies(r -> assertThat(r).isEqualByComparingTo("2738.23"));
        assertThat(progress.projectedCompletion()).contains(LocalDate.of(2023, 9, 6));
        assertThat(progress.onTrack()).isTrue();
    }

    @Test
    void the_2018_start_looked_on_track_and_a_slow_year_does_not() {
        // 51,207 members by 10 September 2018, four days after the launch
        TargetProgress progress = GrowthTarget.national(Stage.REGISTRATION).progress(51_207, LocalDate.of(2018, 9, 10));
        assertThat(progress.percentDone()).isEqualByComparingTo("1.02");
        assertThat(progress.onTrack()).isTrue();
        TargetProgress slow = national.progress(51_207, LocalDate.of(2019, 9, 6));
        assertThat(slow.onTrack()).isFalse();
        assertThat(slow.projectedCompletion()).get().satisfies(d -> assertThat(d).isAfter(national.deadline()));
        assertThat(slow.requiredRatePerDay()).get().satisfies(r -> assertThat(r).isGreaterThan(new BigDecimal("3380")));
    }

    @Test
    void after_the_deadline_no_daily_rate_can_make_it() {
        TargetProgress late = national.progress(1_000, LocalDate.of(2026, 11, 27));
        assertThat(late.requiredRatePerDay()).isEmpty();
        assertThat(late.onTrack()).isFalse();
    }

    @Test
    void nothing_counted_projects_nothing_and_a_reached_goal_is_done() {
        TargetProgress none = national.progress(0, LocalDate.of(2019, 1, 1));
        assertThat(none.projectedCompletion()).isEmpty();
        assertThat(none.onTrack()).isFalse();
        assertThat(none.percentDone()).isEqualByComparingTo("0");
        TargetProgress atStart = national.progress(10, national.start());
        assertThat(atStart.ratePerDaySoFar()).isEqualByComparingTo("0");
        assertThat(atStart.projectedCompletion()).isEmpty();
        TargetProgress reached = national.progress(5_000_001, LocalDate.of(2022, 1, 1));
        assertThat(reached.remaining()).isZero();
        assertThat(reached.onTrack()).isTrue();
        assertThat(reached.projectedCompletion()).contains(LocalDate.of(2022, 1, 1));
        assertThat(reached.requiredRatePerDay()).get().satisfies(r -> assertThat(r).isEqualByComparingTo("0"));
    }

    @Test
    void a_crawl_projects_beyond_any_horizon() {
        assertThat(national.progress(1, LocalDate.of(2026, 1, 1)).projectedCompletion()).isEmpty();
    }

    @Test
    void a_target_must_make_sense() {
        assertThatThrownBy(() -> new GrowthTarget(0, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1), Stage.LICENSING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GrowthTarget(1, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 1), Stage.LICENSING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> national.progress(-1, LocalDate.of(2019, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
