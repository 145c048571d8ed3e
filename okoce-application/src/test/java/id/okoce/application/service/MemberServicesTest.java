package id.okoce.application.service;

import static id.okoce.application.service.Network.HUB;
import static id.okoce.application.service.PartnerServicesTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.member.CompleteStageCommand;
import id.okoce.application.port.in.partner.ChangePartnerStandingCommand;
import id.okoce.domain.access.AccessError;
import id.okoce.domain.access.Actor;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.partner.CounterpartyKind;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageError;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.testdata.Niks;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MemberServicesTest {

    private final Network network = new Network();

    @Test
    void registration_gives_a_number_in_the_province_and_P1() {
        Member first = network.member("31.71.01");
        Member second = network.member("31.71.02");
        Member bandung = network.member("32.73.01");
        assertThat(first.number()).hasToString("OKOCE-31-0000001");
        assertThat(second.number()).hasToString("OKOCE-31-0000002");
        assertThat(bandung.number()).hasToString("OKOCE-32-0000001");
        assertThat(first.stages().doneStages()).containsExactly(Stage.REGISTRATION);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.registeredBy()).isEmpty();
    }

    @Test
    void a_nik_registers_once_naming_the_existing_member_never_the_nik() {
        String nik = Niks.random();
        Member first = network.core.registerMember().register(Network.registration(HUB, "31.71.01", nik));
        assertThatThrownBy(() -> network.core.registerMember().register(Network.registration(HUB, "32.73.01", nik)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(first.number().toString())
                .hasMessageNotContaining(nik)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(ApplicationError.MEMBER_DUPLICATE_NIK));
        assertThat(network.core.readMembers().find(HUB, MemberCriteria.all(10)).members()).containsExactly(first);
    }

    @Test
    void a_partner_registers_members_in_its_own_province_only() {
        Partner jabar = network.validatedPartner("32");
        Member bandung = network.core.registerMember().register(Network.registration(Network.as(jabar), "32.73.01"));
        assertThat(bandung.registeredBy()).contains(jabar.id());
        assertRefused(() -> network.core.registerMember().register(Network.registration(Network.as(jabar), "31.71.01")),
                AccessError.REGION_OUT_OF_SCOPE);
        assertRefused(() -> network.core.registerMember().register(Network.registration(new Actor.BankActor("Bank DKI"), "31.71.01")),
                AccessError.ACCESS_DENIED);
        assertThat(network.core.readMembers().find(HUB, MemberCriteria.all(10)).members()).containsExactly(bandung);
    }

    @Test
    void a_member_of_another_province_does_not_exist_for_a_partner() {
        Partner jabar = network.validatedPartner("32");
        Actor asJabar = Network.as(jabar);
        Member jakarta = network.member("31.71.01");
        Member bandung = network.member("32.73.01");
        assertThat(network.core.readMembers().get(asJabar, bandung.id())).isEqualTo(bandung);
        assertRefused(() -> network.core.readMembers().get(asJabar, jakarta.id()), ApplicationError.MEMBER_NOT_FOUND);
        assertRefused(() -> network.core.completeStage().complete(new CompleteStageCommand(asJabar, jakarta.id(),
                new StageCompletion(Stage.TRAINING, LocalDate.of(2018, 9, 20), new StageEvidence.TrainingCertificate("S")),
                OptionalLong.empty())), ApplicationError.MEMBER_NOT_FOUND);
        assertThat(network.core.readMembers().find(asJabar, MemberCriteria.all(50)).members()).containsExactly(bandung);
        assertThat(network.core.readMembers().find(asJabar, MemberCriteria.all(50).inProvince(ProvinceCode.of("31"))).members())
                .isEmpty();
        assertThat(network.core.readMembers().find(HUB, MemberCriteria.all(50)).members()).containsExactly(jakarta, bandung);
        assertRefused(() -> network.core.readMembers().get(new Actor.BankActor("Bank DKI"), jakarta.id()), AccessError.ACCESS_DENIED);
        assertRefused(() -> network.core.readMembers().get(HUB, MemberId.random()), ApplicationError.MEMBER_NOT_FOUND);
    }

    @Test
    void stages_follow_the_coverage_of_the_members_province() {
        Member bandung = network.member("32.73.01");
        assertRefused(() -> network.complete(bandung, Stage.TRAINING), StageError.STAGE_UNAVAILABLE_IN_REGION);
        Partner jabar = network.validatedPartner("32");
        // the agreement is in force from 2018-10-01: a completion dated before it is still refused
        network.agreement(jabar, CounterpartyKind.GOVERNMENT, Stage.TRAINING, Stage.MENTORING, Stage.LICENSING);
        assertRefused(() -> network.complete(bandung, Stage.TRAINING), StageError.STAGE_UNAVAILABLE_IN_REGION);
        Member trained = trainOnTenthOfOctober(bandung);
        assertThat(trained.stages().isDone(Stage.TRAINING)).isTrue();
        assertThat(trained.version()).isEqualTo(2);
        Member jakarta = network.completeUpTo(network.member("31.71.01"), Stage.CAPITAL);
        assertThat(jakarta.stages().doneStages()).hasSize(7);
    }

    @Test
    void a_refused_stage_writes_nothing_and_a_stale_version_is_refused() {
        Member member = network.member("31.71.01");
        assertRefused(() -> network.complete(member, Stage.LICENSING), StageError.STAGE_OUT_OF_ORDER);
        assertThat(network.ports.members().findById(member.id())).contains(member);
        assertRefused(() -> network.core.completeStage().complete(new CompleteStageCommand(HUB, member.id(),
                new StageCompletion(Stage.TRAINING, LocalDate.of(2018, 9, 20), new StageEvidence.TrainingCertificate("S")),
                OptionalLong.of(member.version() + 1))), ApplicationError.VERSION_CONFLICT);
        Member trained = network.core.completeStage().complete(new CompleteStageCommand(HUB, member.id(),
                new StageCompletion(Stage.TRAINING, LocalDate.of(2018, 9, 20), new StageEvidence.TrainingCertificate("S")),
                OptionalLong.of(member.version())));
        assertThat(trained.version()).isEqualTo(member.version() + 1);
    }

    @Test
    void a_suspended_partner_stops_enabling_stages_from_the_day_of_its_suspension() {
        Member before = network.member("32.73.01");
        Member after = network.member("32.73.01");
        Partner jabar = network.validatedPartner("32");
        network.agreement(jabar, CounterpartyKind.GOVERNMENT, Stage.TRAINING);
        assertThat(trainOnTenthOfOctober(before).stages().isDone(Stage.TRAINING)).isTrue();
        network.core.changePartnerStanding().change(new ChangePartnerStandingCommand(HUB, jabar.id(),
                ChangePartnerStandingCommand.Change.SUSPEND, Optional.of("audit"), OptionalLong.empty()));
        assertRefused(() -> network.core.completeStage().complete(new CompleteStageCommand(HUB, after.id(),
                new StageCompletion(Stage.TRAINING, Network.TODAY, new StageEvidence.TrainingCertificate("SERT-JB")),
                OptionalLong.empty())), StageError.STAGE_UNAVAILABLE_IN_REGION);
        assertThat(trainOnTenthOfOctober(after).stages().isDone(Stage.TRAINING))
                .as("its coverage in 2018, before the suspension, stays").isTrue();
    }

    private Member trainOnTenthOfOctober(Member member) {
        return network.core.completeStage().complete(new CompleteStageCommand(HUB, member.id(),
                new StageCompletion(Stage.TRAINING, LocalDate.of(2018, 10, 10), new StageEvidence.TrainingCertificate("SERT-JB")),
                OptionalLong.empty()));
    }
}
