package id.okoce.domain.member;

import static id.okoce.domain.Refusals.assertRefused;
import static id.okoce.domain.testdata.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.domain.business.BusinessError;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.NikError;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegionError;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.stage.StageRules;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Test
    void registration_completes_P1_and_starts_at_version_zero() {
        Member member = aMember().registeredOn(LocalDate.of(2018, 9, 10)).build();
        assertThat(member.stages().doneStages()).containsExactly(Stage.REGISTRATION);
        assertThat(member.stages().completion(Stage.REGISTRATION)).get()
                .extracting(StageCompletion::completedOn).isEqualTo(LocalDate.of(2018, 9, 10));
        assertThat(member.version()).isZero();
        assertThat(member.province()).isEqualTo(ProvinceCode.of("31"));
        assertThat(member.fullName()).isEqualTo("Siti Rahma");
    }

    @Test
    void the_member_number_belongs_to_the_province_of_domicile() {
        var registration = aMember().inProvince("32").registration();
        assertThatThrownBy(() -> Member.register(MemberId.random(), new MemberNumber(ProvinceCode.of("31"), 1), registration, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        Member member = Member.register(MemberId.random(), new MemberNumber(ProvinceCode.of("32"), 7), registration, TODAY);
        assertThat(member.number()).hasToString("OKOCE-32-0000007");
    }

    @Test
    void registration_refuses_a_future_date_a_future_business_and_an_empty_name() {
        var future = aMember().registeredOn(TODAY.plusDays(1)).registration();
        assertRefused(() -> Member.register(MemberId.random(), new MemberNumber(ProvinceCode.of("31"), 1), future, TODAY),
                MemberError.MEMBER_REGISTRATION_DATE_INVALID, "registeredOn");
        var youngBusiness = aMember().businessStartedOn(TODAY.plusDays(1)).registration();
        assertRefused(() -> Member.register(MemberId.random(), new MemberNumber(ProvinceCode.of("31"), 1), youngBusiness, TODAY),
                BusinessError.BUSINESS_START_INVALID, "business.startedOn");
        assertRefused(() -> aMember().named(" ").build(), MemberError.MEMBER_NAME_INVALID, "fullName");
    }

    @Test
    void a_nik_parsed_against_a_later_date_cannot_predate_its_owner() {
        var registration = aMember().registeredOn(LocalDate.of(2018, 9, 10)).registration();
        var bornLater = new Registration(Nik.parse("3171010101190001", TODAY), registration.fullName(), registration.phone(),
                registration.domicile(), registration.business(), registration.registeredOn(), registration.registeredBy());
        assertRefused(() -> Member.register(MemberId.random(), new MemberNumber(ProvinceCode.of("31"), 1), bornLater, TODAY),
                NikError.NIK_INVALID_DATE, "nik");
    }

    @Test
    void completing_a_stage_returns_a_new_member_at_the_same_version() {
        Member member = aMember().build();
        Member trained = member.completeStage(new StageCompletion(Stage.TRAINING, LocalDate.of(2018, 9, 20),
                new StageEvidence.TrainingCertificate("SERT-1")), TODAY, StageRules.standard((p, s, d) -> true));
        assertThat(trained.stages().isDone(Stage.TRAINING)).isTrue();
        assertThat(member.stages().isDone(Stage.TRAINING)).isFalse();
        assertThat(trained.version()).isEqualTo(member.version());
        assertThat(trained).isNotEqualTo(member);
        assertThat(trained.withVersion(1).version()).isEqualTo(1);
    }

    @Test
    void a_licence_comes_from_P4_or_from_an_NIB() {
        assertThat(aMember().build().holdsLicence()).isFalse();
        assertThat(aMember().build().licenceType()).isEmpty();
        assertThat(aMember().withNib("9120001234567").build().holdsLicence()).isTrue();
        assertThat(aMember().withNib("9120001234567").build().licenceType()).contains(LicenceType.NIB);
        Member licensed = aMember().withStagesUpTo(Stage.LICENSING).build();
        assertThat(licensed.holdsLicence()).isTrue();
        assertThat(licensed.licenceType()).contains(LicenceType.IUMK);
    }

    @Test
    void restore_rebuilds_an_equal_member_and_prints_no_personal_data() {
        Member member = aMember().withStagesUpTo(Stage.MENTORING).build();
        Member restored = Member.restore(member.id(), member.number(), member.nik(), member.fullName(), member.phone(),
                member.domicile(), member.business(), member.registeredOn(), member.registeredBy(), member.stages(), 0);
        assertThat(restored).isEqualTo(member).hasSameHashCodeAs(member);
        assertThat(restored.toString()).contains(member.number().toString(), "P3")
                .doesNotContain(member.nik().value(), member.fullName());
    }

    @Test
    void member_numbers_parse_and_print() {
        MemberNumber number = MemberNumber.parse("OKOCE-31-0000001");
        assertThat(number.province()).isEqualTo(ProvinceCode.of("31"));
        assertThat(number.sequence()).isEqualTo(1);
        assertThat(number).hasToString("OKOCE-31-0000001");
        assertThat(MemberNumber.parse("OKOCE-32-12345678")).hasToString("OKOCE-32-12345678");
        assertThat(MemberNumber.parse("OKOCE-31-0000002")).isGreaterThan(number);
        assertThat(MemberNumber.parse("OKOCE-32-0000001")).isGreaterThan(MemberNumber.parse("OKOCE-31-0000009"));
        for (String bad : new String[] {"OKOCE-31-000001", "OKOCE-31-0000000", "okoce-31-0000001", "OKOCE-31_0000001",
            "OKOCE-31-00000a1", "OKOCE-31-123456789", null}) {
            assertRefused(() -> MemberNumber.parse(bad), MemberError.MEMBER_NUMBER_MALFORMED, "memberNumber");
        }
        assertRefused(() -> MemberNumber.parse("OKOCE-99-0000001"), RegionError.REGION_UNKNOWN);
        assertThatThrownBy(() -> new MemberNumber(ProvinceCode.of("31"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ids_parse_from_text() {
        MemberId id = MemberId.random();
        assertThat(MemberId.parse(id.toString())).isEqualTo(id);
        assertThatThrownBy(() -> MemberId.parse("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_correction_changes_what_it_names_and_keeps_the_nik_number_and_stages() {
        Member member = aMember().inKecamatan("31.71.01").withStagesDone(Stage.TRAINING).build();
        Member corrected = member.correct(Correction.none().withFullName(" Siti Rahmah ")
                .withPhone(id.okoce.domain.identity.PhoneNumber.parse("081299998888"))
                .withBusinessNib(java.util.Optional.of(id.okoce.domain.business.Nib.parse("1234567890123"))), TODAY);
        assertThat(corrected.fullName()).isEqualTo("Siti Rahmah");
        assertThat(corrected.phone().e164()).isEqualTo("+6281299998888");
        assertThat(corrected.business().nib()).isPresent();
        assertThat(corrected.business().name()).isEqualTo(member.business().name());
        assertThat(corrected.nik()).isEqualTo(member.nik());
        assertThat(corrected.number()).isEqualTo(member.number());
        assertThat(corrected.stages()).isEqualTo(member.stages());
        assertThat(corrected.version()).isEqualTo(member.version());
        assertThat(corrected.correct(Correction.none().withBusinessNib(java.util.Optional.empty()), TODAY).business().nib())
                .as("an NIB can be removed").isEmpty();
        assertRefused(() -> member.correct(Correction.none().withFullName(" "), TODAY), MemberError.MEMBER_NAME_INVALID, "fullName");
        assertRefused(() -> member.correct(Correction.none().withBusinessName(""), TODAY), BusinessError.BUSINESS_NAME_INVALID,
                "business.name");
    }

    @Test
    void a_member_who_moves_to_another_province_keeps_the_number_of_the_first() {
        Member member = aMember().inKecamatan("31.71.01").build();
        Member moved = member.correct(Correction.none().withDomicile(id.okoce.domain.region.KecamatanCode.of("32.73.01")), TODAY);
        assertThat(moved.province()).isEqualTo(ProvinceCode.of("32"));
        assertThat(moved.number()).isEqualTo(member.number());
        assertThat(moved.number().province()).isEqualTo(ProvinceCode.of("31"));
    }

    @Test
    void an_erasure_keeps_only_what_names_no_one() {
        Member member = aMember().withNik("3171014507900001").registeredOn(LocalDate.of(2018, 9, 10))
                .withStagesDone(Stage.TRAINING).build();
        ErasedMember remains = member.erased(TODAY);
        assertThat(remains.sex()).isEqualTo(id.okoce.domain.identity.Sex.FEMALE);
        assertThat(remains.birthYear()).isEqualTo(1990);
        assertThat(remains.stagesDone()).containsOnlyKeys(Stage.REGISTRATION, Stage.TRAINING);
        assertThat(remains.toString()).doesNotContain(member.fullName(), member.nik().value(), member.phone().e164());
    }
}
