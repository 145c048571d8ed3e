package id.okoce.domain.stage;

import static id.okoce.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.domain.business.LicenceType;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StageRecordTest {

    private static final LocalDate REGISTERED = LocalDate.of(2018, 9, 10);
    private static final LocalDate TODAY = LocalDate.of(2019, 1, 1);
    private static final KecamatanCode DKI = KecamatanCode.of("31.71.01");
    private static final StageRules EVERYWHERE = StageRules.standard((p, s, d) -> true);

    private final StageRecord fresh = StageRecord.registeredOn(REGISTERED);

    private static StageCompletion training(LocalDate on) {
        return new StageCompletion(Stage.TRAINING, on, new StageEvidence.TrainingCertificate("SERT-2018-001"));
    }

    @Test
    void registration_is_done_at_registration() {
        assertThat(fresh.isDone(Stage.REGISTRATION)).isTrue();
        assertThat(fresh.completion(Stage.REGISTRATION)).get().extracting(StageCompletion::completedOn).isEqualTo(REGISTERED);
        assertThat(fresh.highest()).isEqualTo(Stage.REGISTRATION);
        assertThat(fresh.doneStages()).containsExactly(Stage.REGISTRATION);
    }

    @Test
    void completing_the_next_stage_keeps_date_and_evidence() {
        StageRecord record = fresh.complete(training(LocalDate.of(2018, 9, 20)), DKI, TODAY, EVERYWHERE);
        assertThat(record.isDone(Stage.TRAINING)).isTrue();
        assertThat(record.completion(Stage.TRAINING)).get().extracting(StageCompletion::evidence)
                .isEqualTo(new StageEvidence.TrainingCertificate("SERT-2018-001"));
        assertThat(record.highest()).isEqualTo(Stage.TRAINING);
        assertThat(fresh.isDone(Stage.TRAINING)).as("records are immutable").isFalse();
        assertThat(record.completions()).extracting(StageCompletion::stage).containsExactly(Stage.REGISTRATION, Stage.TRAINING);
    }

    @Test
    void a_stage_needs_all_earlier_stages() {
        StageCompletion licence = new StageCompletion(Stage.LICENSING, LocalDate.of(2018, 10, 1),
                new StageEvidence.BusinessLicence(LicenceType.IUMK, "IUMK-1"));
        assertRefused(() -> fresh.complete(licence, DKI, TODAY, EVERYWHERE), StageError.STAGE_OUT_OF_ORDER, "stage");
        assertThatThrownBy(() -> fresh.complete(licence, DKI, TODAY, EVERYWHERE)).hasMessageContaining("P2, P3");
    }

    @Test
    void a_stage_is_never_done_twice() {
        StageRecord record = fresh.complete(training(LocalDate.of(2018, 9, 20)), DKI, TODAY, EVERYWHERE);
        assertRefused(() -> record.complete(training(LocalDate.of(2018, 9, 21)), DKI, TODAY, EVERYWHERE),
                StageError.STAGE_ALREADY_DONE, "stage");
        assertRefused(() -> fresh.complete(new StageCompletion(Stage.REGISTRATION, REGISTERED, new StageEvidence.None()),
                DKI, TODAY, EVERYWHERE), StageError.STAGE_ALREADY_DONE, "stage");
    }

    @Test
    void the_date_is_neither_in_the_future_nor_before_the_previous_stage() {
        assertRefused(() -> fresh.complete(training(TODAY.plusDays(1)), DKI, TODAY, EVERYWHERE),
                StageError.STAGE_DATE_INVALID, "completedOn");
        assertRefused(() -> fresh.complete(training(REGISTERED.minusDays(1)), DKI, TODAY, EVERYWHERE),
                StageError.STAGE_DATE_INVALID, "completedOn");
        assertThat(fresh.complete(training(REGISTERED), DKI, TODAY, EVERYWHERE).isDone(Stage.TRAINING))
                .as("the same day as the previous stage is fine").isTrue();
        assertThat(fresh.complete(training(TODAY), DKI, TODAY, EVERYWHERE).isDone(Stage.TRAINING)).isTrue();
    }

    @Test
    void the_stage_must_be_available_in_the_members_province_on_that_date() {
        StageRules nowhere = StageRules.standard((p, s, d) -> false);
        assertRefused(() -> fresh.complete(training(LocalDate.of(2018, 9, 20)), DKI, TODAY, nowhere),
                StageError.STAGE_UNAVAILABLE_IN_REGION, "stage");
        LocalDate[] asked = new LocalDate[1];
        ProvinceCode[] where = new ProvinceCode[1];
        StageRules recording = StageRules.standard((p, s, d) -> {
            where[0] = p;
            asked[0] = d;
            return true;
        });
        fresh.complete(training(LocalDate.of(2018, 9, 20)), KecamatanCode.of("32.73.01"), TODAY, recording);
        assertThat(asked[0]).isEqualTo(LocalDate.of(2018, 9, 20));
        assertThat(where[0]).isEqualTo(ProvinceCode.of("32"));
    }

    @Test
    void the_evidence_must_fit_the_stage() {
        StageCompletion noCertificate = new StageCompletion(Stage.TRAINING, LocalDate.of(2018, 9, 20), new StageEvidence.None());
        assertRefused(() -> fresh.complete(noCertificate, DKI, TODAY, EVERYWHERE), StageError.STAGE_EVIDENCE_MISSING, "evidence");
    }

    @Test
    void the_prerequisite_policy_is_replaceable() {
        StagePrerequisitePolicy onlyRegistration = (stage, record) ->
                record.isDone(Stage.REGISTRATION) ? Set.of() : EnumSet.of(Stage.REGISTRATION);
        StageRules relaxed = new StageRules(onlyRegistration, (p, s, d) -> true);
        StageRecord record = fresh.complete(new StageCompletion(Stage.FINANCIAL_REPORTING, LocalDate.of(2018, 10, 1),
                new StageEvidence.Note("laporan keuangan Q3")), DKI, TODAY, relaxed);
        assertThat(record.doneStages()).containsExactly(Stage.REGISTRATION, Stage.FINANCIAL_REPORTING);
        assertThat(record.highest()).isEqualTo(Stage.FINANCIAL_REPORTING);
        assertThat(record.missingOf(EnumSet.range(Stage.REGISTRATION, Stage.FINANCIAL_REPORTING)))
                .containsExactly(Stage.TRAINING, Stage.MENTORING, Stage.LICENSING, Stage.MARKETING);
        assertThat(record.areDone(EnumSet.of(Stage.REGISTRATION, Stage.FINANCIAL_REPORTING))).isTrue();
        // a later stage's date is checked against every earlier stage done, not just the one before it
        assertRefused(() -> record.complete(new StageCompletion(Stage.CAPITAL, LocalDate.of(2018, 9, 30),
                new StageEvidence.FinancingReference("F-1")), DKI, TODAY, relaxed), StageError.STAGE_DATE_INVALID);
    }

    @Test
    void restore_rebuilds_without_rules_but_keeps_its_shape() {
        StageRecord restored = StageRecord.restore(List.of(
                new StageCompletion(Stage.REGISTRATION, REGISTERED, new StageEvidence.None()),
                training(LocalDate.of(2018, 9, 20))));
        assertThat(restored).isEqualTo(fresh.complete(training(LocalDate.of(2018, 9, 20)), DKI, TODAY, EVERYWHERE));
        assertThat(restored.hashCode()).isEqualTo(fresh.complete(training(LocalDate.of(2018, 9, 20)), DKI, TODAY, EVERYWHERE).hashCode());
        assertThat(restored.toString()).contains("P1@2018-09-10", "P2@2018-09-20");
        assertThatThrownBy(() -> StageRecord.restore(List.of(training(REGISTERED))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P1");
        assertThatThrownBy(() -> StageRecord.restore(List.of(training(REGISTERED), training(REGISTERED))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void only_the_most_recent_stage_is_withdrawn_and_never_the_registration() {
        StageRecord trained = fresh.complete(training(LocalDate.of(2018, 9, 20)), DKI, TODAY, EVERYWHERE);
        StageRecord mentored = trained.complete(new StageCompletion(Stage.MENTORING, LocalDate.of(2018, 9, 25), new StageEvidence.None()),
                DKI, TODAY, EVERYWHERE);
        assertThat(mentored.withdrawLatest(Stage.MENTORING)).isEqualTo(trained);
        assertRefused(() -> mentored.withdrawLatest(Stage.TRAINING), StageError.STAGE_NOT_LATEST, "stage");
        assertRefused(() -> mentored.withdrawLatest(Stage.LICENSING), StageError.STAGE_NOT_LATEST, "stage");
        assertRefused(() -> fresh.withdrawLatest(Stage.REGISTRATION), StageError.STAGE_NOT_WITHDRAWABLE, "stage");
        assertThat(trained.withdrawLatest(Stage.TRAINING)).as("back to registration only").isEqualTo(fresh);
    }
}
