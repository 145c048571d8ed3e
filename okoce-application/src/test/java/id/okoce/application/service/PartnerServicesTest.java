package id.okoce.application.service;

import static id.okoce.application.service.Network.HUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.partner.ChangePartnerStandingCommand;
import id.okoce.application.port.in.partner.ChangePartnerStandingCommand.Change;
import id.okoce.application.port.in.partner.RecordAgreementCommand;
import id.okoce.application.port.in.partner.RegisterPartnerCommand;
import id.okoce.application.port.in.partner.ValidatePartnerCommand;
import id.okoce.application.port.in.partner.ValidatePartnerCommand.Decision;
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
}
