package id.okoce.application.service;

import static id.okoce.application.service.Network.HUB;
import static id.okoce.application.service.PartnerServicesTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.port.in.member.RegisterMemberCommand;
import id.okoce.application.port.in.report.NetworkHistoryUseCase;
import id.okoce.application.port.in.report.StageFunnel;
import id.okoce.domain.access.AccessError;
import id.okoce.domain.access.Actor;
import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.member.Member;
import id.okoce.domain.network.TargetProgress;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.testdata.Niks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NetworkHistoryServiceTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private final Network network = new Network();

    /** A member of {@code kecamatan} born in {@code birthYear}, registered on {@code on}. */
    private Member member(String kecamatan, LocalDate on, Sex sex, int birthYear) {
        String nik = Niks.nik(kecamatan.replace(".", ""), LocalDate.of(birthYear, 6, 1), sex, SERIAL.incrementAndGet());
        return network.core.registerMember().register(new RegisterMemberCommand(HUB, Nik.parse(nik, on), "Siti Rahma",
                PhoneNumber.parse("081234567890"), KecamatanCode.of(kecamatan), new Business("Warung", BusinessSector.KULINER,
                LocalDate.of(2017, 3, 1), Optional.empty()), on));
    }

    @Test
    void the_target_and_the_funnel_on_a_past_day_count_what_was_done_by_then() {
        Member early = network.completeUpTo(member("31.71.01", LocalDate.of(2018, 9, 10), Sex.FEMALE, 1990), Stage.LICENSING);
        member("31.71.02", LocalDate.of(2019, 2, 1), Sex.MALE, 1985);
        LocalDate p4 = early.stages().completion(Stage.LICENSING).orElseThrow().completedOn();

        TargetProgress before = network.core.networkReport().target(HUB, Optional.of(p4.minusDays(1)));
        TargetProgress on = network.core.networkReport().target(HUB, Optional.of(p4));
        assertThat(before.count()).as("the count changes with the day, not only the rates").isZero();
        assertThat(on.count()).isEqualTo(1);
        assertThat(network.core.networkReport().target(HUB, Optional.empty()).count()).isEqualTo(1);

        StageFunnel then = network.core.networkReport().stageFunnel(HUB, Optional.empty(), Optional.of(LocalDate.of(2018, 12, 31)));
        assertThat(then.stages()).extracting(StageFunnel.StageCount::members).containsExactly(1L, 1L, 1L, 1L, 0L, 0L, 0L);
        StageFunnel now = network.core.networkReport().stageFunnel(HUB, Optional.empty(), Optional.empty());
        assertThat(now.stages().get(0).members()).isEqualTo(2);
    }

    @Test
    void the_target_by_province_shares_the_national_count() {
        network.completeUpTo(member("31.71.01", LocalDate.of(2018, 9, 10), Sex.FEMALE, 1990), Stage.LICENSING);
        network.completeUpTo(member("31.71.01", LocalDate.of(2018, 9, 10), Sex.FEMALE, 1990), Stage.LICENSING);
        network.completeUpTo(member("31.71.02", LocalDate.of(2018, 9, 10), Sex.MALE, 1980), Stage.LICENSING);
        member("51.71.01", LocalDate.of(2018, 9, 10), Sex.MALE, 1980);
        network.agreement(network.validatedPartner("52"), id.okoce.domain.partner.CounterpartyKind.GOVERNMENT, Stage.TRAINING,
                Stage.MENTORING, Stage.LICENSING);
        network.completeUpTo(member("52.71.01", LocalDate.of(2018, 10, 2), Sex.MALE, 1980), Stage.LICENSING);
        NetworkHistoryUseCase.TargetByProvince target = network.core.networkHistory().targetByProvince(HUB, Optional.empty());
        assertThat(target.national().count()).isEqualTo(4);
        assertThat(target.provinces()).filteredOn(p -> p.province().code().value().equals("52")).singleElement()
                .satisfies(p -> assertThat(p.percentOfNational()).isEqualByComparingTo("25.00"));
        assertThat(target.provinces()).filteredOn(p -> p.province().code().value().equals("51")).singleElement()
                .satisfies(p -> assertThat(p.count()).as("registered, not yet licensed").isZero());
        assertThat(target.provinces()).hasSize(38);
        assertThat(target.provinces()).filteredOn(p -> p.province().code().value().equals("31")).singleElement()
                .satisfies(p -> {
                    assertThat(p.count()).isEqualTo(3);
                    assertThat(p.percentOfNational()).isEqualByComparingTo("75.00");
                });
        assertThat(network.core.networkHistory().targetByProvince(HUB, Optional.of(LocalDate.of(2018, 9, 1))).national().count())
                .isZero();
    }

    @Test
    void registrations_and_completions_are_counted_per_month() {
        network.completeUpTo(member("31.71.01", LocalDate.of(2018, 9, 10), Sex.FEMALE, 1990), Stage.TRAINING);
        member("31.71.01", LocalDate.of(2018, 10, 3), Sex.FEMALE, 1990);
        member("51.71.01", LocalDate.of(2018, 10, 4), Sex.FEMALE, 1990);
        NetworkHistoryUseCase.MonthlySeries series = network.core.networkHistory().perMonth(HUB, Optional.of(ProvinceCode.of("31")));
        assertThat(series.months()).extracting(NetworkHistoryUseCase.Month::month)
                .containsExactly(YearMonth.of(2018, 9), YearMonth.of(2018, 10));
        assertThat(series.months().get(0).completions()).containsEntry(Stage.REGISTRATION, 1L).containsEntry(Stage.TRAINING, 1L)
                .containsEntry(Stage.MENTORING, 0L);
        assertThat(series.months().get(1).completions()).containsEntry(Stage.REGISTRATION, 1L);
        assertThat(network.core.networkHistory().perMonth(HUB, Optional.empty()).months().get(1).completions())
                .containsEntry(Stage.REGISTRATION, 2L);
    }

    @Test
    void regions_are_counted_by_province_kabupaten_and_kecamatan_within_scope() {
        network.completeUpTo(member("32.73.01", LocalDate.of(2018, 9, 10), Sex.FEMALE, 1990), Stage.REGISTRATION);
        member("32.73.02", LocalDate.of(2018, 9, 10), Sex.FEMALE, 1990);
        member("32.01.01", LocalDate.of(2018, 9, 10), Sex.FEMALE, 1990);
        member("31.71.01", LocalDate.of(2018, 9, 10), Sex.FEMALE, 1990);
        NetworkHistoryUseCase.RegionCounts provinces = network.core.networkHistory().byRegion(HUB, Optional.empty(), Optional.empty());
        assertThat(provinces.level()).isEqualTo("province");
        assertThat(provinces.regions()).hasSize(38).filteredOn(r -> r.code().equals("32")).singleElement()
                .satisfies(r -> assertThat(r.stages()).containsEntry(Stage.REGISTRATION, 3L));
        NetworkHistoryUseCase.RegionCounts regencies = network.core.networkHistory().byRegion(HUB, Optional.of(ProvinceCode.of("32")),
                Optional.empty());
        assertThat(regencies.level()).isEqualTo("kabupaten");
        assertThat(regencies.regions()).filteredOn(r -> r.code().equals("32.73")).singleElement()
                .satisfies(r -> assertThat(r.stages()).containsEntry(Stage.REGISTRATION, 2L));
        assertThat(regencies.regions().stream().mapToLong(r -> r.stages().get(Stage.REGISTRATION)).sum()).isEqualTo(3);
        NetworkHistoryUseCase.RegionCounts kecamatans = network.core.networkHistory().byRegion(HUB, Optional.empty(),
                Optional.of(RegencyCode.of("32.73")));
        assertThat(kecamatans.level()).isEqualTo("kecamatan");
        assertThat(kecamatans.regions()).filteredOn(r -> r.code().equals("32.73.02")).singleElement()
                .satisfies(r -> assertThat(r.stages()).containsEntry(Stage.REGISTRATION, 1L));

        Actor jabar = Network.as(network.validatedPartner("32"));
        assertThat(network.core.networkHistory().byRegion(jabar, Optional.empty(), Optional.empty()).level())
                .as("a partner's regions are its province's").isEqualTo("kabupaten");
        assertRefused(() -> network.core.networkHistory().byRegion(jabar, Optional.empty(), Optional.of(RegencyCode.of("31.71"))),
                AccessError.REGION_OUT_OF_SCOPE);
    }

    @Test
    void members_are_counted_by_sex_and_age_band_on_a_day() {
        member("31.71.01", LocalDate.of(2018, 9, 10), Sex.FEMALE, 1996);
        member("31.71.01", LocalDate.of(2018, 9, 10), Sex.FEMALE, 1990);
        member("31.71.01", LocalDate.of(2018, 9, 10), Sex.MALE, 1960);
        NetworkHistoryUseCase.PeopleCounts people = network.core.networkHistory().people(HUB, Optional.empty(),
                Optional.of(LocalDate.of(2019, 1, 1)));
        assertThat(people.rows()).hasSize(10);
        assertThat(people.rows()).filteredOn(r -> r.sex() == Sex.FEMALE && r.band().equals("<25")).singleElement()
                .extracting(NetworkHistoryUseCase.PeopleRow::members).isEqualTo(1L);
        assertThat(people.rows()).filteredOn(r -> r.sex() == Sex.FEMALE && r.band().equals("25-34")).singleElement()
                .extracting(NetworkHistoryUseCase.PeopleRow::members).isEqualTo(1L);
        assertThat(people.rows()).filteredOn(r -> r.sex() == Sex.MALE && r.band().equals("55+")).singleElement()
                .extracting(NetworkHistoryUseCase.PeopleRow::members).isEqualTo(1L);
        assertThat(people.rows()).extracting(NetworkHistoryUseCase.PeopleRow::band).containsExactly(
                "<25", "25-34", "35-44", "45-54", "55+", "<25", "25-34", "35-44", "45-54", "55+");
    }

    @Test
    void cohorts_count_who_reached_each_stage_within_the_window() {
        Member quick = member("31.71.01", LocalDate.of(2019, 1, 5), Sex.FEMALE, 1990);
        network.completeUpTo(quick, Stage.MENTORING);
        Member slow = member("31.71.01", LocalDate.of(2019, 1, 20), Sex.FEMALE, 1990);
        network.core.completeStage().complete(new id.okoce.application.port.in.member.CompleteStageCommand(HUB, slow.id(),
                new id.okoce.domain.stage.StageCompletion(Stage.TRAINING, LocalDate.of(2019, 5, 1),
                        id.okoce.domain.testdata.MemberBuilder.evidenceFor(Stage.TRAINING)), java.util.OptionalLong.empty()));
        member("31.71.01", LocalDate.of(2019, 2, 3), Sex.FEMALE, 1990);

        NetworkHistoryUseCase.Cohorts within30 = network.core.networkHistory().cohorts(HUB, Optional.empty(), YearMonth.of(2019, 1),
                YearMonth.of(2019, 3), 30);
        assertThat(within30.cohorts()).extracting(NetworkHistoryUseCase.Cohort::month)
                .containsExactly(YearMonth.of(2019, 1), YearMonth.of(2019, 2), YearMonth.of(2019, 3));
        NetworkHistoryUseCase.Cohort january = within30.cohorts().get(0);
        assertThat(january.registered()).isEqualTo(2);
        assertThat(january.reached()).containsEntry(Stage.TRAINING, 1L).containsEntry(Stage.MENTORING, 1L);
        assertThat(within30.cohorts().get(1).registered()).isEqualTo(1);
        assertThat(within30.cohorts().get(2).registered()).isZero();
        assertThat(network.core.networkHistory().cohorts(HUB, Optional.empty(), YearMonth.of(2019, 1), YearMonth.of(2019, 1), 365)
                .cohorts().get(0).reached()).as("trained 101 days after registering").containsEntry(Stage.TRAINING, 2L);
        assertThat(network.core.networkHistory().cohorts(HUB, Optional.empty(), YearMonth.of(2019, 1), YearMonth.of(2019, 1), 90)
                .cohorts().get(0).reached()).containsEntry(Stage.TRAINING, 1L);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> network.core.networkHistory().cohorts(HUB, Optional.empty(),
                YearMonth.of(2019, 1), YearMonth.of(2019, 1), 45)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partners_are_ranked_by_members_registered_then_stages_delivered() {
        var bigger = network.validatedPartner("32");
        var smaller = network.validatedPartner("32");
        network.agreement(smaller, id.okoce.domain.partner.CounterpartyKind.GOVERNMENT, Stage.TRAINING);
        for (int i = 0; i < 2; i++) {
            network.core.registerMember().register(Network.registration(Network.as(bigger), "32.73.01"));
        }
        Member trained = network.core.registerMember().register(new RegisterMemberCommand(Network.as(smaller),
                Nik.parse(Niks.random(), LocalDate.of(2018, 10, 2)), "Asep", PhoneNumber.parse("081234567890"),
                KecamatanCode.of("32.73.01"), new Business("Warung", BusinessSector.KULINER, LocalDate.of(2017, 3, 1),
                Optional.empty()), LocalDate.of(2018, 10, 2)));
        network.complete(trained, Stage.TRAINING);
        var ranking = network.core.networkHistory().partnerRanking(HUB, Optional.of(ProvinceCode.of("32")));
        assertThat(ranking).extracting(r -> r.partner().id()).containsExactly(bigger.id(), smaller.id());
        assertThat(ranking.get(0).rank()).isEqualTo(1);
        assertThat(ranking.get(0).registered()).isEqualTo(2);
        assertThat(ranking.get(1).delivered()).isEqualTo(1);
        assertThat(network.core.networkHistory().partnerRanking(Network.as(smaller), Optional.empty()))
                .allMatch(r -> r.partner().province().value().equals("32"));
    }
}
