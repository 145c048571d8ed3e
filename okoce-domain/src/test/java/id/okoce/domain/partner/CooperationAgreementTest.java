package id.okoce.domain.partner;

import static id.okoce.domain.Refusals.assertRefused;
import static id.okoce.domain.testdata.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CooperationAgreementTest {

    private final Partner partner = aPartner().validated().build();

    private CooperationAgreement sign(CounterpartyKind kind, Set<Stage> stages) {
        return partner.signAgreement(AgreementId.random(), kind, "Mitra", stages, LocalDate.of(2018, 10, 1),
                Optional.of(LocalDate.of(2020, 12, 31)));
    }

    @Test
    void each_kind_enables_its_own_stages() {
        assertThat(CounterpartyKind.GOVERNMENT.deliverableStages()).containsExactly(Stage.TRAINING, Stage.MENTORING, Stage.LICENSING);
        assertThat(CounterpartyKind.EDUCATION.deliverableStages()).containsExactly(Stage.TRAINING, Stage.MENTORING);
        assertThat(CounterpartyKind.PRIVATE.deliverableStages()).containsExactly(Stage.TRAINING, Stage.MARKETING);
        assertThat(CounterpartyKind.BANK.deliverableStages()).containsExactly(Stage.CAPITAL);
    }

    @ParameterizedTest
    @EnumSource(CounterpartyKind.class)
    void a_stage_outside_the_kind_is_refused(CounterpartyKind kind) {
        for (Stage stage : Stage.values()) {
            if (kind.deliverableStages().contains(stage)) {
                assertThat(sign(kind, EnumSet.of(stage)).stages()).containsExactly(stage);
            } else {
                assertRefused(() -> sign(kind, EnumSet.of(stage)), PartnerError.AGREEMENT_STAGES_INVALID, "stages");
            }
        }
    }

    @Test
    void an_agreement_enables_at_least_one_stage() {
        assertRefused(() -> sign(CounterpartyKind.BANK, Set.of()), PartnerError.AGREEMENT_STAGES_INVALID, "stages");
    }

    @Test
    void its_dates_are_in_order_and_inclusive() {
        assertRefused(() -> partner.signAgreement(AgreementId.random(), CounterpartyKind.BANK, "Bank", EnumSet.of(Stage.CAPITAL),
                LocalDate.of(2019, 1, 1), Optional.of(LocalDate.of(2018, 12, 31))), PartnerError.AGREEMENT_DATES_INVALID, "validUntil");
        CooperationAgreement agreement = sign(CounterpartyKind.GOVERNMENT, EnumSet.of(Stage.TRAINING));
        assertThat(agreement.inForceOn(LocalDate.of(2018, 9, 30))).isFalse();
        assertThat(agreement.inForceOn(LocalDate.of(2018, 10, 1))).isTrue();
        assertThat(agreement.inForceOn(LocalDate.of(2020, 12, 31))).isTrue();
        assertThat(agreement.inForceOn(LocalDate.of(2021, 1, 1))).isFalse();
        assertThat(agreement.enables(Stage.TRAINING, LocalDate.of(2019, 1, 1))).isTrue();
        assertThat(agreement.enables(Stage.MENTORING, LocalDate.of(2019, 1, 1))).isFalse();
    }

    @Test
    void an_open_ended_agreement_stays_in_force() {
        CooperationAgreement agreement = partner.signAgreement(AgreementId.random(), CounterpartyKind.PRIVATE, "PT Maju",
                EnumSet.of(Stage.MARKETING), LocalDate.of(2018, 10, 1), Optional.empty());
        assertThat(agreement.inForceOn(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(agreement.validUntil()).isEmpty();
    }

    @Test
    void the_counterparty_needs_a_name_and_a_known_kind() {
        assertRefused(() -> partner.signAgreement(AgreementId.random(), CounterpartyKind.BANK, " ", EnumSet.of(Stage.CAPITAL),
                LocalDate.of(2018, 10, 1), Optional.empty()), PartnerError.AGREEMENT_COUNTERPARTY_INVALID, "counterpartyName");
        assertThat(CounterpartyKind.parse("government")).isEqualTo(CounterpartyKind.GOVERNMENT);
        assertRefused(() -> CounterpartyKind.parse("NGO"), PartnerError.COUNTERPARTY_KIND_UNKNOWN, "counterpartyKind");
        assertRefused(() -> CounterpartyKind.parse(null), PartnerError.COUNTERPARTY_KIND_UNKNOWN, "counterpartyKind");
    }

    @Test
    void restore_rebuilds_the_same_agreement() {
        CooperationAgreement agreement = sign(CounterpartyKind.EDUCATION, EnumSet.of(Stage.TRAINING, Stage.MENTORING));
        CooperationAgreement restored = CooperationAgreement.restore(agreement.id(), agreement.partnerId(), agreement.province(),
                agreement.counterpartyKind(), agreement.counterpartyName(), agreement.stages(), agreement.validFrom(),
                agreement.validUntil());
        assertThat(restored).isEqualTo(agreement).hasSameHashCodeAs(agreement);
        assertThat(restored.toString()).contains("EDUCATION", "P2 P3", "2018-10-01..2020-12-31");
        assertThat(restored.validFrom()).isEqualTo(LocalDate.of(2018, 10, 1));
    }

    @Test
    void an_agreement_ends_early_is_amended_and_knows_its_twin() {
        Partner partner = id.okoce.domain.testdata.PartnerBuilder.aPartner().validated().build();
        CooperationAgreement signed = partner.signAgreement(AgreementId.random(), CounterpartyKind.GOVERNMENT, "Dinas KUMKM",
                EnumSet.of(Stage.TRAINING, Stage.MENTORING), LocalDate.of(2018, 10, 1), Optional.of(LocalDate.of(2020, 12, 31)));
        CooperationAgreement ended = signed.endedOn(LocalDate.of(2019, 12, 31));
        assertThat(ended.inForceOn(LocalDate.of(2020, 1, 1))).isFalse();
        assertThat(ended.inForceOn(LocalDate.of(2019, 12, 31))).isTrue();
        assertRefused(() -> signed.endedOn(LocalDate.of(2021, 1, 1)), PartnerError.AGREEMENT_DATES_INVALID, "validUntil");
        assertRefused(() -> signed.endedOn(LocalDate.of(2018, 9, 30)), PartnerError.AGREEMENT_DATES_INVALID, "validUntil");
        CooperationAgreement amended = signed.amended(EnumSet.of(Stage.TRAINING), LocalDate.of(2018, 10, 1), Optional.empty());
        assertThat(amended.id()).isEqualTo(signed.id());
        assertThat(amended.stages()).containsExactly(Stage.TRAINING);
        assertRefused(() -> signed.amended(EnumSet.of(Stage.CAPITAL), LocalDate.of(2018, 10, 1), Optional.empty()),
                PartnerError.AGREEMENT_STAGES_INVALID, "stages");
        CooperationAgreement twin = partner.signAgreement(AgreementId.random(), CounterpartyKind.GOVERNMENT, " dinas  kumkm ",
                EnumSet.of(Stage.MENTORING, Stage.TRAINING), LocalDate.of(2018, 10, 1), Optional.of(LocalDate.of(2020, 12, 31)));
        assertThat(twin.sameTermsAs(signed)).isTrue();
        assertThat(ended.sameTermsAs(signed)).isFalse();
    }
}
