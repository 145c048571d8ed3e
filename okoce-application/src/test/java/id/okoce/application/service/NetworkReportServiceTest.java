package id.okoce.application.service;

import static id.okoce.application.service.Network.HUB;
import static id.okoce.application.service.PartnerServicesTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.port.in.report.MembersByProvince;
import id.okoce.application.port.in.report.StageFunnel;
import id.okoce.domain.access.AccessError;
import id.okoce.domain.access.Actor;
import id.okoce.domain.network.ProvinceCoverage;
import id.okoce.domain.network.TargetProgress;
import id.okoce.domain.partner.CounterpartyKind;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkReportServiceTest {

    private final Network network = new Network();

    @Test
    void members_by_province_lists_every_province_with_the_total() {
        network.member("31.71.01");
        network.member("31.71.02");
        network.member("32.73.01");
        MembersByProvince report = network.core.networkReport().membersByProvince(HUB);
        assertThat(report.provinces()).hasSize(38);
        assertThat(report.total()).isEqualTo(3);
        assertThat(report.provinces()).filteredOn(r -> r.province().code().value().equals("31"))
                .singleElement().extracting(MembersByProvince.ProvinceCount::members).isEqualTo(2L);
    }

    @Test
    void the_funnel_counts_each_stage_with_its_share_of_all_members() {
        network.completeUpTo(network.member("31.71.01"), Stage.LICENSING);
        network.completeUpTo(network.member("31.71.01"), Stage.TRAINING);
        network.member("31.71.01");
        network.member("31.71.01");
        StageFunnel funnel = network.core.networkReport().stageFunnel(HUB, Optional.empty());
        assertThat(funnel.province()).isEmpty();
        assertThat(funnel.stages()).extracting(StageFunnel.StageCount::members).containsExactly(4L, 2L, 1L, 1L, 0L, 0L, 0L);
        assertThat(funnel.stages().get(1).percentOfAll()).isEqualByComparingTo("50.00");
        assertThat(network.core.networkReport().stageFunnel(HUB, Optional.of(ProvinceCode.of("33"))).stages())
                .allSatisfy(row -> assertThat(row.percentOfAll()).isEqualByComparingTo("0"));
    }

    @Test
    void a_partner_reads_its_own_province_only() {
        Partner jabar = network.validatedPartner("32");
        Actor asJabar = Network.as(jabar);
        network.member("31.71.01");
        network.member("32.73.01");
        MembersByProvince mine = network.core.networkReport().membersByProvince(asJabar);
        assertThat(mine.provinces()).singleElement().satisfies(r -> assertThat(r.province().code().value()).isEqualTo("32"));
        assertThat(mine.total()).isEqualTo(1);
        StageFunnel funnel = network.core.networkReport().stageFunnel(asJabar, Optional.empty());
        assertThat(funnel.province()).contains(ProvinceCode.of("32"));
        assertThat(funnel.stages().get(0).members()).isEqualTo(1);
        assertRefused(() -> network.core.networkReport().stageFunnel(asJabar, Optional.of(ProvinceCode.of("31"))),
                AccessError.REGION_OUT_OF_SCOPE);
        assertThat(network.core.networkReport().coverage(asJabar, Optional.empty())).hasSize(1);
        assertRefused(() -> network.core.networkReport().membersByProvince(new Actor.BankActor("Bank DKI")), AccessError.ACCESS_DENIED);
    }

    @Test
    void coverage_shows_what_agreements_enable() {
        Partner jabar = network.validatedPartner("32");
        network.agreement(jabar, CounterpartyKind.GOVERNMENT, Stage.TRAINING, Stage.MENTORING, Stage.LICENSING);
        List<ProvinceCoverage> view = network.core.networkReport().coverage(HUB, Optional.of(LocalDate.of(2019, 1, 1)));
        assertThat(view).hasSize(38);
        assertThat(view).filteredOn(c -> c.province().code().value().equals("32")).singleElement()
                .satisfies(c -> assertThat(c.stages()).containsExactly(Stage.REGISTRATION, Stage.TRAINING, Stage.MENTORING,
                        Stage.LICENSING, Stage.FINANCIAL_REPORTING));
        assertThat(network.core.networkReport().coverage(HUB, Optional.of(LocalDate.of(2018, 9, 30))))
                .filteredOn(c -> c.province().code().value().equals("32")).singleElement()
                .satisfies(c -> assertThat(c.stages()).containsExactly(Stage.REGISTRATION, Stage.FINANCIAL_REPORTING));
    }

    @Test
    void the_target_counts_members_at_the_counting_stage() {
        network.completeUpTo(network.member("31.71.01"), Stage.LICENSING);
        network.completeUpTo(network.member("31.71.01"), Stage.TRAINING);
        TargetProgress progress = network.core.networkReport().target(HUB, Optional.empty());
        assertThat(progress.count()).isEqualTo(1);
        assertThat(progress.date()).isEqualTo(Network.TODAY);
        assertThat(progress.remaining()).isEqualTo(4_999_999);
    }
}
