package id.okoce.application.service;

import static id.okoce.application.service.Network.HUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.partner.ChangePartnerStandingCommand.Change;
import id.okoce.application.port.in.partner.ChangePartnerStandingCommand;
import id.okoce.application.port.in.partner.RecordAgreementCommand;
import id.okoce.application.port.in.partner.RegisterPartnerCommand;
import id.okoce.application.port.in.partner.ValidatePartnerCommand.Decision;
import id.okoce.application.port.in.partner.ValidatePartnerCommand;
import id.okoce.domain.access.AccessError;
import id.okoce.domain.access.Actor;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.partner.CounterpartyKind;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerContact;
import id.okoce.domain.partner.PartnerError;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.partner.PartnerStatus;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.shared.ErrorCode;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class PartnerServicesTest {

    private final Network network = new Network();

    static void assertRefused(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(code));
    }

    private RegisterPartnerCommand kito(Actor actor) {
        return new RegisterPartnerCommand(actor, "Komunitas Wirausaha Palembang", Optional.of("OK OCE Kito"), ProvinceCode.of("16"),
                new PartnerContact(Optional.empty(), Optional.of(PhoneNumber.parse("081234567890"))));
    }

    @Test
    void the_hub_registers_a_partner_that_waits_for_validation() {
        Partner partner = network.core.registerPartner().register(kito(HUB));
        assertThat(partner.status()).isEqualTo(PartnerStatus.REGISTERED);
        assertThat(partner.version()).isEqualTo(1);
        assertThat(partner.registeredOn()).isEqualTo(Network.TODAY);
        assertThat(network.ports.partners().findById(partner.id())).contains(partner);
    }

    @Test
    void only_the_hub_registers_validates_suspends_and_reinstates() {
        Partner validated = network.validatedPartner("32");
        Actor partnerActor = Network.as(validated);
        Actor bank = new Actor.BankActor("Bank DKI");
        assertRefused(() -> network.core.registerPartner().register(kito(partnerActor)), AccessError.ACCESS_DENIED);
        assertRefused(() -> network.core.registerPartner().register(kito(bank)), AccessError.ACCESS_DENIED);
        assertRefused(() -> network.core.validatePartner().decide(new ValidatePartnerCommand(partnerActor, validated.id(),
                Decision.APPROVE, Optional.empty(), OptionalLong.empty())), AccessError.ACCESS_DENIED);
        assertRefused(() -> network.core.changePartnerStanding().change(new ChangePartnerStandingCommand(partnerActor,
                validated.id(), Change.SUSPEND, Optional.of("x"), OptionalLong.empty())), AccessError.ACCESS_DENIED);
    }

    @Test
    void rejection_needs_a_reason_and_the_refusal_writes_nothing() {
        Partner partner = network.core.registerPartner().register(kito(HUB));
        assertRefused(() -> network.core.validatePartner().decide(new ValidatePartnerCommand(HUB, partner.id(), Decision.REJECT,
                Optional.empty(), OptionalLong.empty())), PartnerError.PARTNER_REASON_REQUIRED);
        assertThat(network.ports.partners().findById(partner.id())).contains(partner);
        Partner rejected = network.core.validatePartner().decide(new ValidatePartnerCommand(HUB, partner.id(), Decision.REJECT,
                Optional.of("alamat tidak jelas"), OptionalLong.of(1)));
        assertThat(rejected.status()).isEqualTo(PartnerStatus.REJECTED);
        assertThat(rejected.version()).isEqualTo(2);
    }

    @Test
    void a_stale_expected_version_is_refused() {
        Partner partner = network.core.registerPartner().register(kito(HUB));
        assertRefused(() -> network.core.validatePartner().decide(new ValidatePartnerCommand(HUB, partner.id(), Decision.APPROVE,
                Optional.empty(), OptionalLong.of(7))), ApplicationError.VERSION_CONFLICT);
        assertRefused(() -> network.core.validatePartner().decide(new ValidatePartnerCommand(HUB, PartnerId.random(),
                Decision.APPROVE, Optional.empty(), OptionalLong.empty())), ApplicationError.PARTNER_NOT_FOUND);
    }

    @Test
    void suspension_and_reinstatement() {
        Partner partner = network.validatedPartner("32");
        Partner suspended = network.core.changePartnerStanding().change(new ChangePartnerStandingCommand(HUB, partner.id(),
                Change.SUSPEND, Optional.of("laporan belum masuk"), OptionalLong.of(partner.version())));
        assertThat(suspended.status()).isEqualTo(PartnerStatus.SUSPENDED);
        assertRefused(() -> network.core.changePartnerStanding().change(new ChangePartnerStandingCommand(HUB, partner.id(),
                Change.SUSPEND, Optional.of("again"), OptionalLong.empty())), PartnerError.PARTNER_TRANSITION_INVALID);
        Partner back = network.core.changePartnerStanding().change(new ChangePartnerStandingCommand(HUB, partner.id(),
                Change.REINSTATE, Optional.empty(), OptionalLong.empty()));
        assertThat(back.status()).isEqualTo(PartnerStatus.VALIDATED);
    }

    @Test
    void a_partner_records_its_own_agreements_only() {
        Partner jabar = network.validatedPartner("32");
        Partner jabar2 = network.validatedPartner("32");
        RecordAgreementCommand own = new RecordAgreementCommand(Network.as(jabar), jabar.id(), CounterpartyKind.EDUCATION,
                "Universitas Padjadjaran", Set.of(Stage.TRAINING), LocalDate.of(2018, 11, 1), Optional.empty());
        assertThat(network.core.recordAgreement().record(own).partnerId()).isEqualTo(jabar.id());
        RecordAgreementCommand forAnother = new RecordAgreementCommand(Network.as(jabar), jabar2.id(), CounterpartyKind.EDUCATION,
                "Universitas Padjadjaran", Set.of(Stage.TRAINING), LocalDate.of(2018, 11, 1), Optional.empty());
        assertRefused(() -> network.core.recordAgreement().record(forAnother), ApplicationError.PARTNER_NOT_FOUND);
        assertThat(network.core.readPartners().agreements(HUB, jabar2.id())).isEmpty();
    }

    @Test
    void an_unvalidated_partner_cannot_sign() {
        Partner waiting = network.core.registerPartner().register(kito(HUB));
        assertRefused(() -> network.core.recordAgreement().record(new RecordAgreementCommand(HUB, waiting.id(),
                CounterpartyKind.BANK, "Bank Sumsel Babel", Set.of(Stage.CAPITAL), LocalDate.of(2018, 11, 1), Optional.empty())),
                PartnerError.PARTNER_NOT_VALIDATED);
        assertThat(network.ports.agreements().findByPartner(waiting.id())).isEmpty();
    }

    @Test
    void a_partner_sees_the_partners_of_its_own_province_only() {
        Partner jabar = network.validatedPartner("32");
        Partner jateng = network.validatedPartner("33");
        Actor asJabar = Network.as(jabar);
        assertThat(network.core.readPartners().get(asJabar, jabar.id())).isEqualTo(jabar);
        assertRefused(() -> network.core.readPartners().get(asJabar, jateng.id()), ApplicationError.PARTNER_NOT_FOUND);
        assertRefused(() -> network.core.readPartners().agreements(asJabar, jateng.id()), ApplicationError.PARTNER_NOT_FOUND);
        assertThat(network.core.readPartners().find(asJabar, Optional.empty(), Optional.empty())).containsExactly(jabar);
        assertThat(network.core.readPartners().find(HUB, Optional.empty(), Optional.of(PartnerStatus.VALIDATED)))
                .containsExactly(jabar, jateng);
        assertRefused(() -> network.core.readPartners().find(new Actor.BankActor("Bank DKI"), Optional.empty(), Optional.empty()),
                AccessError.ACCESS_DENIED);
    }

    @Test
    void a_second_partner_of_the_same_name_in_a_province_is_refused_naming_the_first() {
        Partner first = network.core.registerPartner().register(kito(HUB));
        assertThatThrownBy(() -> network.core.registerPartner().register(new RegisterPartnerCommand(HUB,
                "  komunitas wirausaha PALEMBANG. ", Optional.empty(), ProvinceCode.of("16"),
                new PartnerContact(Optional.empty(), Optional.of(PhoneNumber.parse("081234567891"))))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException refusal = (DomainException) e;
                    assertThat(refusal.code()).isEqualTo(ApplicationError.PARTNER_DUPLICATE);
                    assertThat(refusal.details()).containsEntry("existingPartnerId", first.id().toString());
                    assertThat(refusal.getMessage()).contains(first.id().toString());
                });
        assertThat(network.core.registerPartner().register(new RegisterPartnerCommand(HUB, "Komunitas Wirausaha Palembang",
                Optional.empty(), ProvinceCode.of("32"), new PartnerContact(Optional.empty(),
                        Optional.of(PhoneNumber.parse("081234567891"))))).province())
                .as("the same name in another province is another partner").isEqualTo(ProvinceCode.of("32"));
        assertRefused(() -> network.core.registerPartner().apply(kito(HUB)), ApplicationError.PARTNER_DUPLICATE);
    }

    @Test
    void an_organisation_applies_itself_and_waits_for_the_hub() {
        Partner applied = network.core.registerPartner().apply(kito(Actor.system()));
        assertThat(applied.status()).isEqualTo(PartnerStatus.REGISTERED);
        assertThat(network.ports.audit().ofObject(applied.id().toString()).get(0).who().partner()).contains(applied.id());
        Partner validated = network.core.validatePartner().decide(new ValidatePartnerCommand(HUB, applied.id(), Decision.APPROVE,
                Optional.empty(), OptionalLong.empty()));
        assertThat(validated.status()).isEqualTo(PartnerStatus.VALIDATED);
    }

    @Test
    void a_partner_edits_its_brand_and_contact_the_hub_its_name_too() {
        Partner partner = network.validatedPartner("32");
        Actor self = Network.as(partner);
        PartnerContact mail = new PartnerContact(Optional.of(id.okoce.domain.identity.EmailAddress.parse("asyik@example.org")),
                Optional.empty());
        Partner edited = network.core.editPartner().edit(self, partner.id(), Optional.empty(),
                Optional.of(Optional.of("OK OCE Asyik Bandung")), Optional.of(mail), OptionalLong.of(partner.version()));
        assertThat(edited.brand()).contains("OK OCE Asyik Bandung");
        assertThat(edited.contact()).isEqualTo(mail);
        assertThat(edited.version()).isEqualTo(partner.version() + 1);
        assertRefused(() -> network.core.editPartner().edit(self, partner.id(), Optional.of("Nama Baru"), Optional.empty(), Optional.of(mail),
                OptionalLong.empty()), AccessError.ACCESS_DENIED);
        Partner other = network.validatedPartner("32");
        assertRefused(() -> network.core.editPartner().edit(Network.as(other), partner.id(), Optional.empty(), Optional.empty(), Optional.of(mail),
                OptionalLong.empty()), ApplicationError.PARTNER_NOT_FOUND);
        assertRefused(() -> network.core.editPartner().edit(HUB, partner.id(), Optional.of(other.name()), Optional.empty(), Optional.of(mail),
                OptionalLong.empty()), ApplicationError.PARTNER_DUPLICATE);
        assertThatThrownBy(() -> network.core.editPartner().edit(HUB, partner.id(), Optional.of("Nama Baru"), Optional.empty(), Optional.of(mail),
                OptionalLong.of(partner.version()))).isInstanceOf(id.okoce.application.port.out.StaleVersionException.class);
        Partner renamed = network.core.editPartner().edit(HUB, partner.id(), Optional.of("Komunitas Asyik Bandung"), Optional.empty(),
                Optional.empty(), OptionalLong.empty());
        assertThat(renamed.name()).isEqualTo("Komunitas Asyik Bandung");
        assertThat(renamed.brand()).as("fields left out stay").contains("OK OCE Asyik Bandung");
        assertThat(renamed.contact()).isEqualTo(mail);
        assertThat(network.core.editPartner().edit(HUB, partner.id(), Optional.empty(), Optional.of(Optional.empty()), Optional.empty(),
                OptionalLong.empty()).brand()).as("a brand given as none is removed").isEmpty();
    }

    @Test
    void agreements_end_early_are_amended_with_a_reason_and_are_never_recorded_twice() {
        Partner partner = network.validatedPartner("32");
        var signed = network.core.recordAgreement().record(new RecordAgreementCommand(HUB, partner.id(), CounterpartyKind.GOVERNMENT,
                "Dinas KUMKM Jawa Barat", Set.of(Stage.TRAINING, Stage.MENTORING), LocalDate.of(2018, 10, 1),
                Optional.of(LocalDate.of(2020, 12, 31))));
        assertThatThrownBy(() -> network.core.recordAgreement().record(new RecordAgreementCommand(Network.as(partner), partner.id(),
                CounterpartyKind.GOVERNMENT, "dinas kumkm jawa barat", Set.of(Stage.MENTORING, Stage.TRAINING),
                LocalDate.of(2018, 10, 1), Optional.of(LocalDate.of(2020, 12, 31)))))
                .satisfies(e -> assertThat(((DomainException) e).details()).containsEntry("existingAgreementId", signed.id().toString()));
        var ended = network.core.recordAgreement().end(Network.as(partner), partner.id(), signed.id(), LocalDate.of(2019, 3, 31),
                "anggaran dinas berakhir");
        assertThat(ended.validUntil()).contains(LocalDate.of(2019, 3, 31));
        assertThat(network.ports.agreements().findById(signed.id())).contains(ended);
        assertRefused(() -> network.core.recordAgreement().end(HUB, partner.id(), signed.id(), LocalDate.of(2019, 3, 31), ""),
                ApplicationError.REASON_INVALID);
        var amended = network.core.recordAgreement().amend(HUB, partner.id(), signed.id(), Set.of(Stage.TRAINING),
                LocalDate.of(2018, 10, 1), Optional.empty(), "adendum 2019");
        assertThat(amended.stages()).containsExactly(Stage.TRAINING);
        assertThat(amended.validUntil()).isEmpty();
        assertThat(network.ports.audit().ofObject(signed.id().toString())).extracting(a -> a.action().code())
                .containsExactly("agreement.recorded", "agreement.ended", "agreement.amended");
        Partner other = network.validatedPartner("32");
        assertRefused(() -> network.core.recordAgreement().end(Network.as(other), partner.id(), signed.id(), LocalDate.of(2019, 3, 31),
                "x"), ApplicationError.PARTNER_NOT_FOUND);
        assertRefused(() -> network.core.recordAgreement().end(HUB, other.id(), signed.id(), LocalDate.of(2019, 3, 31), "x"),
                ApplicationError.AGREEMENT_NOT_FOUND);
    }

    @Test
    void suspending_a_partner_ends_its_coverage_from_that_day_and_keeps_the_past() {
        Partner partner = network.validatedPartner("32");
        network.agreement(partner, CounterpartyKind.GOVERNMENT, Stage.TRAINING, Stage.MENTORING, Stage.LICENSING);
        network.core.changePartnerStanding().change(new ChangePartnerStandingCommand(HUB, partner.id(), Change.SUSPEND,
                Optional.of("audit"), OptionalLong.empty()));
        var member = network.member("32.73.01");
        var trained = network.core.completeStage().complete(new id.okoce.application.port.in.member.CompleteStageCommand(HUB,
                member.id(), new id.okoce.domain.stage.StageCompletion(Stage.TRAINING, LocalDate.of(2019, 4, 1),
                        id.okoce.domain.testdata.MemberBuilder.evidenceFor(Stage.TRAINING)), OptionalLong.empty()));
        assertThat(trained.stages().isDone(Stage.TRAINING)).as("covered on 2019-04-01, before the suspension").isTrue();
        assertRefused(() -> network.core.completeStage().complete(new id.okoce.application.port.in.member.CompleteStageCommand(HUB,
                member.id(), new id.okoce.domain.stage.StageCompletion(Stage.MENTORING, Network.TODAY,
                        id.okoce.domain.testdata.MemberBuilder.evidenceFor(Stage.MENTORING)), OptionalLong.empty())),
                id.okoce.domain.stage.StageError.STAGE_UNAVAILABLE_IN_REGION);
    }
}
