package id.okoce.domain.network;

import static id.okoce.domain.testdata.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.CooperationAgreement;
import id.okoce.domain.partner.CounterpartyKind;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkCoverageTest {

    private static final ProvinceCode JABAR = ProvinceCode.of("32");
    private static final LocalDate DURING = LocalDate.of(2019, 6, 1);
    private final Partner bandung = aPartner().validated().build();
    private final CooperationAgreement government = bandung.signAgreement(AgreementId.random(), CounterpartyKind.GOVERNMENT,
            "Dinas KUMKM Jawa Barat", EnumSet.of(Stage.TRAINING, Stage.MENTORING, Stage.LICENSING),
            LocalDate.of(2018, 10, 1), Optional.of(LocalDate.of(2020, 12, 31)));

    @Test
    void the_hub_delivers_all_seven_stages() {
        NetworkCoverage coverage = NetworkCoverage.hubOnly();
        assertThat(coverage.stagesAvailable(Hub.province(), DURING)).containsExactly(Stage.values());
        assertThat(Hub.isHub(ProvinceCode.of("31"))).isTrue();
        assertThat(Hub.isHub(JABAR)).isFalse();
    }

    @Test
    void elsewhere_the_network_delivers_P1_and_P6_alone() {
        assertThat(NetworkCoverage.hubOnly().stagesAvailable(JABAR, DURING))
                .containsExactly(Stage.REGISTRATION, Stage.FINANCIAL_REPORTING);
    }

    @Test
    void a_validated_partners_agreement_in_force_adds_its_stages() {
        NetworkCoverage coverage = NetworkCoverage.of(List.of(bandung), List.of(government));
        assertThat(coverage.stagesAvailable(JABAR, DURING)).containsExactly(
                Stage.REGISTRATION, Stage.TRAINING, Stage.MENTORING, Stage.LICENSING, Stage.FINANCIAL_REPORTING);
        assertThat(coverage.stagesAvailable(JABAR, LocalDate.of(2018, 9, 30)))
                .containsExactly(Stage.REGISTRATION, Stage.FINANCIAL_REPORTING);
        assertThat(coverage.stagesAvailable(JABAR, LocalDate.of(2021, 1, 1)))
                .containsExactly(Stage.REGISTRATION, Stage.FINANCIAL_REPORTING);
        assertThat(coverage.stagesAvailable(ProvinceCode.of("33"), DURING))
                .as("an agreement serves its own province only").containsExactly(Stage.REGISTRATION, Stage.FINANCIAL_REPORTING);
    }

    @Test
    void a_suspended_or_unknown_partners_agreements_enable_nothing() {
        Partner suspended = bandung.suspend("audit", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 1));
        assertThat(NetworkCoverage.of(List.of(suspended), List.of(government)).isAvailable(JABAR, Stage.TRAINING, DURING)).isFalse();
        assertThat(NetworkCoverage.of(List.of(), List.of(government)).isAvailable(JABAR, Stage.TRAINING, DURING)).isFalse();
    }

    @Test
    void coverage_on_a_day_uses_the_standing_of_that_day_so_the_past_does_not_change() {
        Partner suspended = bandung.suspend("audit", LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 1));
        NetworkCoverage coverage = NetworkCoverage.of(List.of(suspended), List.of(government));
        assertThat(coverage.isAvailable(JABAR, Stage.TRAINING, LocalDate.of(2019, 6, 1))).as("2019 stays covered").isTrue();
        assertThat(coverage.isAvailable(JABAR, Stage.TRAINING, LocalDate.of(2020, 2, 29))).isTrue();
        assertThat(coverage.isAvailable(JABAR, Stage.TRAINING, LocalDate.of(2020, 3, 1))).as("suspended from that day").isFalse();
        Partner reinstated = suspended.reinstate(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 1));
        NetworkCoverage after = NetworkCoverage.of(List.of(reinstated), List.of(government));
        assertThat(after.isAvailable(JABAR, Stage.TRAINING, LocalDate.of(2020, 4, 1))).isFalse();
        assertThat(after.isAvailable(JABAR, Stage.TRAINING, LocalDate.of(2020, 6, 1))).isTrue();
        Partner waiting = aPartner().build();
        assertThat(NetworkCoverage.of(List.of(waiting), List.of(CooperationAgreement.restore(AgreementId.random(), waiting.id(),
                JABAR, CounterpartyKind.GOVERNMENT, "Dinas", EnumSet.of(Stage.TRAINING), LocalDate.of(2018, 10, 1),
                Optional.empty()))).isAvailable(JABAR, Stage.TRAINING, DURING)).as("never validated").isFalse();
    }

    @Test
    void the_coverage_view_lists_every_province() {
        List<ProvinceCoverage> view = NetworkCoverage.of(List.of(bandung), List.of(government)).view(DURING);
        assertThat(view).hasSize(38);
        ProvinceCoverage dki = view.stream().filter(c -> c.province().code().value().equals("31")).findFirst().orElseThrow();
        assertThat(dki.complete()).isTrue();
        ProvinceCoverage jabar = view.stream().filter(c -> c.province().code().equals(JABAR)).findFirst().orElseThrow();
        assertThat(jabar.stages()).contains(Stage.LICENSING).doesNotContain(Stage.CAPITAL);
        assertThat(jabar.complete()).isFalse();
        assertThat(view.stream().filter(ProvinceCoverage::complete)).hasSize(1);
    }

    @Test
    void a_province_coverage_copies_even_an_empty_set() {
        assertThat(new ProvinceCoverage(JABAR.province(), EnumSet.noneOf(Stage.class)).stages()).isEmpty();
    }

    @Test
    void a_partner_of_some_kabupaten_kota_covers_those_only_and_the_view_says_where() {
        Partner kotaBandung = aPartner().named("Komunitas Kota Bandung").inRegencies("32.73", "32.77").validated().build();
        CooperationAgreement training = kotaBandung.signAgreement(AgreementId.random(), CounterpartyKind.GOVERNMENT,
                "Dinas KUMKM Kota Bandung", EnumSet.of(Stage.TRAINING), LocalDate.of(2018, 10, 1), Optional.empty());
        NetworkCoverage coverage = NetworkCoverage.of(List.of(kotaBandung), List.of(training));
        assertThat(coverage.isAvailable(KecamatanCode.of("32.73.01"), Stage.TRAINING, DURING)).isTrue();
        assertThat(coverage.isAvailable(KecamatanCode.of("32.01.01"), Stage.TRAINING, DURING)).as("Kabupaten Bogor").isFalse();
        assertThat(coverage.isAvailable(JABAR, Stage.TRAINING, DURING)).as("not the whole province").isFalse();
        assertThat(coverage.isAvailable(KecamatanCode.of("32.73.01"), Stage.TRAINING, LocalDate.of(2018, 9, 30))).isFalse();

        ProvinceCoverage jabar = coverage.view(DURING).stream().filter(c -> c.province().code().equals(JABAR)).findFirst().orElseThrow();
        assertThat(jabar.stages()).containsExactly(Stage.REGISTRATION, Stage.FINANCIAL_REPORTING);
        assertThat(jabar.inPart()).containsOnlyKeys(Stage.TRAINING);
        assertThat(jabar.inPart().get(Stage.TRAINING)).containsExactly(RegencyCode.of("32.73"), RegencyCode.of("32.77"));

        NetworkCoverage withWholeProvince = NetworkCoverage.of(List.of(kotaBandung, bandung), List.of(training, government));
        ProvinceCoverage both = withWholeProvince.view(DURING).stream().filter(c -> c.province().code().equals(JABAR)).findFirst()
                .orElseThrow();
        assertThat(both.stages()).contains(Stage.TRAINING);
        assertThat(both.inPart()).as("what the whole province has is not listed again").isEmpty();
    }
}
