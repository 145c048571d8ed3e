package id.okoce.domain.partner;

import static id.okoce.domain.Refusals.assertRefused;
import static id.okoce.domain.testdata.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.domain.identity.EmailAddress;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnerTest {

    private static final LocalDate SEP_7 = LocalDate.of(2018, 9, 7);
    private static final LocalDate TODAY = LocalDate.of(2019, 1, 1);

    @Test
    void a_new_partner_waits_for_validation_and_may_not_use_the_name() {
        Partner partner = aPartner().build();
        assertThat(partner.status()).isEqualTo(PartnerStatus.REGISTERED);
        assertThat(partner.mayUseOkOceName()).isFalse();
        assertThat(partner.publicName()).isEqualTo("Komunitas Wirausaha Bandung");
        assertThat(partner.version()).isZero();
        assertThat(partner.province()).isEqualTo(ProvinceCode.of("32"));
    }

    @Test
    void once_validated_it_uses_its_local_brand() {
        Partner partner = aPartner().build().validate(SEP_7, TODAY);
        assertThat(partner.status()).isEqualTo(PartnerStatus.VALIDATED);
        assertThat(partner.mayUseOkOceName()).isTrue();
        assertThat(partner.publicName()).isEqualTo("OK OCE Asyik");
        assertThat(partner.statusChangedOn()).isEqualTo(SEP_7);
    }

    @Test
    void rejection_needs_a_reason_and_is_final() {
        Partner partner = aPartner().build();
        assertRefused(() -> partner.reject(" ", SEP_7, TODAY), PartnerError.PARTNER_REASON_REQUIRED, "reason");
        assertRefused(() -> partner.reject(null, SEP_7, TODAY), PartnerError.PARTNER_REASON_REQUIRED, "reason");
        Partner rejected = partner.reject("dokumen tidak lengkap", SEP_7, TODAY);
        assertThat(rejected.status()).isEqualTo(PartnerStatus.REJECTED);
        assertThat(rejected.statusReason()).contains("dokumen tidak lengkap");
        assertRefused(() -> rejected.validate(SEP_7, TODAY), PartnerError.PARTNER_TRANSITION_INVALID, "status");
        assertRefused(() -> rejected.suspend("x", SEP_7, TODAY), PartnerError.PARTNER_TRANSITION_INVALID, "status");
    }

    @Test
    void validated_partners_are_suspended_and_reinstated() {
        Partner validated = aPartner().build().validate(SEP_7, TODAY);
        assertRefused(() -> validated.suspend("", SEP_7, TODAY), PartnerError.PARTNER_REASON_REQUIRED, "reason");
        Partner suspended = validated.suspend("laporan terlambat", LocalDate.of(2018, 12, 1), TODAY);
        assertThat(suspended.status()).isEqualTo(PartnerStatus.SUSPENDED);
        assertThat(suspended.mayUseOkOceName()).isFalse();
        assertThat(suspended.publicName()).isEqualTo("Komunitas Wirausaha Bandung");
        Partner reinstated = suspended.reinstate(LocalDate.of(2018, 12, 20), TODAY);
        assertThat(reinstated.status()).isEqualTo(PartnerStatus.VALIDATED);
        assertThat(reinstated.statusReason()).isEmpty();
        assertRefused(() -> validated.reinstate(SEP_7, TODAY), PartnerError.PARTNER_TRANSITION_INVALID);
        assertRefused(() -> validated.validate(SEP_7, TODAY), PartnerError.PARTNER_TRANSITION_INVALID);
        assertRefused(() -> aPartner().build().suspend("x", SEP_7, TODAY), PartnerError.PARTNER_TRANSITION_INVALID);
        assertRefused(() -> validated.reject("x", SEP_7, TODAY), PartnerError.PARTNER_TRANSITION_INVALID);
    }

    @Test
    void a_status_change_is_dated_between_the_last_change_and_today() {
        Partner partner = aPartner().build();
        assertRefused(() -> partner.validate(LocalDate.of(2018, 8, 31), TODAY), PartnerError.PARTNER_DATE_INVALID, "on");
        assertRefused(() -> partner.validate(TODAY.plusDays(1), TODAY), PartnerError.PARTNER_DATE_INVALID, "on");
    }

    @Test
    void name_brand_and_contact_are_checked() {
        PartnerContact contact = new PartnerContact(Optional.of(EmailAddress.parse("a@b.id")), Optional.empty());
        assertRefused(() -> Partner.register(PartnerId.random(), "", Optional.empty(), ProvinceCode.of("32"), contact, SEP_7),
                PartnerError.PARTNER_NAME_INVALID, "name");
        assertRefused(() -> Partner.register(PartnerId.random(), "X", Optional.of("b".repeat(101)), ProvinceCode.of("32"),
                contact, SEP_7), PartnerError.PARTNER_NAME_INVALID, "brand");
        assertThat(Partner.register(PartnerId.random(), "X", Optional.of("  "), ProvinceCode.of("32"), contact, SEP_7).brand())
                .isEmpty();
        assertRefused(() -> new PartnerContact(Optional.empty(), Optional.empty()), PartnerError.PARTNER_CONTACT_MISSING, "contact");
    }

    @Test
    void only_a_validated_partner_signs_agreements() {
        Partner registered = aPartner().build();
        assertRefused(() -> registered.signAgreement(AgreementId.random(), CounterpartyKind.GOVERNMENT, "Dinas KUMKM Jawa Barat",
                EnumSet.of(Stage.TRAINING), LocalDate.of(2018, 10, 1), Optional.empty()), PartnerError.PARTNER_NOT_VALIDATED, "partner");
        CooperationAgreement agreement = registered.validate(SEP_7, TODAY).signAgreement(AgreementId.random(),
                CounterpartyKind.GOVERNMENT, "Dinas KUMKM Jawa Barat", EnumSet.of(Stage.TRAINING, Stage.MENTORING, Stage.LICENSING),
                LocalDate.of(2018, 10, 1), Optional.of(LocalDate.of(2020, 12, 31)));
        assertThat(agreement.partnerId()).isEqualTo(registered.id());
        assertThat(agreement.province()).isEqualTo(ProvinceCode.of("32"));
    }

    @Test
    void restore_keeps_every_field_and_versions_move_on_in_adapters() {
        Partner partner = aPartner().build().validate(SEP_7, TODAY);
        Partner restored = Partner.restore(partner.id(), partner.name(), partner.brand(), partner.province(), partner.contact(),
                partner.status(), partner.statusReason(), partner.registeredOn(), partner.statusChangedOn(), 3);
        assertThat(restored).isEqualTo(partner.withVersion(3)).isNotEqualTo(partner);
        assertThat(restored.hashCode()).isEqualTo(partner.withVersion(3).hashCode());
        assertThat(restored.toString()).contains("VALIDATED", "v3");
    }

    @Test
    void the_standing_is_a_history_never_overwritten_and_tells_the_status_on_any_day() {
        Partner partner = Partner.register(PartnerId.random(), "Komunitas Kito", Optional.of("OK OCE Kito"), ProvinceCode.of("16"),
                new PartnerContact(Optional.empty(), Optional.of(PhoneNumber.parse("081234567890"))), LocalDate.of(2018, 9, 1));
        Partner later = partner.validate(LocalDate.of(2018, 9, 7), LocalDate.of(2021, 1, 1))
                .suspend("laporan tidak masuk", LocalDate.of(2020, 1, 15), LocalDate.of(2021, 1, 1))
                .reinstate(LocalDate.of(2020, 6, 1), LocalDate.of(2021, 1, 1));
        assertThat(later.standing()).extracting(StandingChange::status).containsExactly(PartnerStatus.REGISTERED,
                PartnerStatus.VALIDATED, PartnerStatus.SUSPENDED, PartnerStatus.VALIDATED);
        assertThat(later.standing().get(2).reason()).contains("laporan tidak masuk");
        assertThat(later.statusOn(LocalDate.of(2018, 8, 31))).isEqualTo(PartnerStatus.REGISTERED);
        assertThat(later.statusOn(LocalDate.of(2018, 9, 7))).isEqualTo(PartnerStatus.VALIDATED);
        assertThat(later.statusOn(LocalDate.of(2020, 3, 1))).isEqualTo(PartnerStatus.SUSPENDED);
        assertThat(later.statusOn(LocalDate.of(2020, 6, 1))).isEqualTo(PartnerStatus.VALIDATED);
        assertThat(later.status()).isEqualTo(PartnerStatus.VALIDATED);
        assertThat(later.statusReason()).isEmpty();
        assertThat(later.statusChangedOn()).isEqualTo(LocalDate.of(2020, 6, 1));
    }

    @Test
    void edits_change_brand_contact_and_name_and_keep_the_rest() {
        Partner partner = Partner.register(PartnerId.random(), "Komunitas Kito", Optional.of("OK OCE Kito"), ProvinceCode.of("16"),
                new PartnerContact(Optional.empty(), Optional.of(PhoneNumber.parse("081234567890"))), LocalDate.of(2018, 9, 1));
        PartnerContact mail = new PartnerContact(Optional.of(id.okoce.domain.identity.EmailAddress.parse("kito@example.org")),
                Optional.empty());
        Partner edited = partner.edited(Optional.empty(), Optional.of("OK OCE Kito Palembang"), mail);
        assertThat(edited.name()).isEqualTo("Komunitas Kito");
        assertThat(edited.brand()).contains("OK OCE Kito Palembang");
        assertThat(edited.contact()).isEqualTo(mail);
        assertThat(edited.standing()).isEqualTo(partner.standing());
        assertThat(partner.edited(Optional.of("Komunitas Kito Sumsel"), Optional.empty(), mail).brand()).isEmpty();
        assertRefused(() -> partner.edited(Optional.of(" "), Optional.empty(), mail), PartnerError.PARTNER_NAME_INVALID, "name");
        assertThat(Partner.nameKey("Komunitas  Wirausaha Bandung.")).isEqualTo(Partner.nameKey("komunitas wirausaha bandung"));
    }
}
