package id.okoce.domain;

import static id.okoce.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.financing.EligibilityCase;
import id.okoce.domain.financing.EligibilityPolicy;
import id.okoce.domain.financing.FinancingCatalogue;
import id.okoce.domain.financing.FinancingDecision;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.RuleOutcome;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.identity.EmailAddress;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.member.Registration;
import id.okoce.domain.network.Hub;
import id.okoce.domain.network.NetworkCoverage;
import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.CooperationAgreement;
import id.okoce.domain.partner.CounterpartyKind;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerContact;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageError;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.stage.StageRules;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * September 2018, told in the domain alone: OK OCE goes national with DKI Jakarta as its hub, a
 * Jawa Barat partner joins, and members on both sides of the provincial line walk the 7PAS.
 */
class Scenario2018Test {

    private static final LocalDate LAUNCH = LocalDate.of(2018, 9, 6);
    private static final LocalDate TODAY = LocalDate.of(2019, 6, 30);
    private static final FinancingProduct BANK_DKI = FinancingCatalogue.builtIn().get(0);

    @Test
    void the_2018_story() {
        // The hub is DKI Jakarta and delivers all seven stages; elsewhere only P1 and P6 to begin with.
        NetworkCoverage coverage = NetworkCoverage.hubOnly();
        assertThat(coverage.stagesAvailable(Hub.province(), LAUNCH)).hasSize(7);

        // A community in Bandung registers as a partner with its local brand, and the hub validates it.
        Partner asyik = Partner.register(PartnerId.random(), "Komunitas Wirausaha Bandung", Optional.of("OK OCE Asyik"),
                ProvinceCode.of("32"), new PartnerContact(Optional.of(EmailAddress.parse("halo@example.org")),
                        Optional.of(PhoneNumber.parse("081234567890"))), LocalDate.of(2018, 9, 1));
        assertThat(asyik.publicName()).isEqualTo("Komunitas Wirausaha Bandung");
        asyik = asyik.validate(LocalDate.of(2018, 9, 7), TODAY);
        assertThat(asyik.publicName()).isEqualTo("OK OCE Asyik");

        // Siti, in Gambir (DKI), registers and walks P2 to P6 with the hub.
        Member siti = register("3171014507900001", "Siti Rahma", "31.71.01", 1, LocalDate.of(2018, 9, 10));
        StageRules rules = StageRules.standard(coverage);
        siti = complete(siti, Stage.TRAINING, "2018-09-20", new StageEvidence.TrainingCertificate("SERT-DKI-0918"), rules);
        siti = complete(siti, Stage.MENTORING, "2018-10-05", new StageEvidence.Note("pendamping: Pak Budi"), rules);
        siti = complete(siti, Stage.LICENSING, "2018-11-02", new StageEvidence.BusinessLicence(LicenceType.IUMK, "IUMK-3171-0042"), rules);
        siti = complete(siti, Stage.MARKETING, "2018-12-01", new StageEvidence.Note("gerai OK OCE Mart"), rules);
        siti = complete(siti, Stage.FINANCIAL_REPORTING, "2019-01-15", new StageEvidence.None(), rules);

        // ...and Bank DKI's Kredit Monas Pemula says yes, with every rule passed.
        FinancingDecision sitiDecision = decide(siti, LocalDate.of(2019, 2, 1));
        assertThat(sitiDecision.eligible()).isTrue();
        assertThat(sitiDecision.outcomes()).hasSize(9).allMatch(RuleOutcome::passed);

        // Asep, in Bandung (Jawa Barat), registers; no one delivers training there yet.
        Member asep = register("3273010512850042", "Asep Sunandar", "32.73.01", 1, LocalDate.of(2018, 9, 12));
        Member asepBefore = asep;
        assertRefused(() -> complete(asepBefore, Stage.TRAINING, "2018-09-25",
                new StageEvidence.TrainingCertificate("SERT-JB-1"), rules), StageError.STAGE_UNAVAILABLE_IN_REGION, "stage");

        // The partner signs with the provincial government from 1 October 2018.
        CooperationAgreement dinas = asyik.signAgreement(AgreementId.random(), CounterpartyKind.GOVERNMENT,
                "Dinas KUMKM Jawa Barat", EnumSet.of(Stage.TRAINING, Stage.MENTORING, Stage.LICENSING),
                LocalDate.of(2018, 10, 1), Optional.of(LocalDate.of(2020, 12, 31)));
        StageRules withAgreement = StageRules.standard(NetworkCoverage.of(List.of(asyik), List.of(dinas)));
        assertRefused(() -> complete(asepBefore, Stage.TRAINING, "2018-09-25",
                new StageEvidence.TrainingCertificate("SERT-JB-1"), withAgreement), StageError.STAGE_UNAVAILABLE_IN_REGION);
        asep = complete(asep, Stage.TRAINING, "2018-10-10", new StageEvidence.TrainingCertificate("SERT-JB-1"), withAgreement);
        asep = complete(asep, Stage.MENTORING, "2018-11-10", new StageEvidence.None(), withAgreement);
        asep = complete(asep, Stage.LICENSING, "2018-12-10", new StageEvidence.BusinessLicence(LicenceType.NIB, "9120001234567"), withAgreement);
        Member asepLicensed = asep;
        // Marketing needs a private partner, which Jawa Barat does not have.
        assertRefused(() -> complete(asepLicensed, Stage.MARKETING, "2019-01-10", new StageEvidence.None(), withAgreement),
                StageError.STAGE_UNAVAILABLE_IN_REGION);

        // Bank DKI cannot lend outside DKI Jakarta, whatever Asep does.
        FinancingDecision asepDecision = decide(asep, LocalDate.of(2019, 2, 1));
        assertThat(asepDecision.eligible()).isFalse();
        assertThat(asepDecision.failures()).extracting(RuleOutcome::code).contains("REGION_NOT_COVERED");
        Member asepEverything = Member.restore(asep.id(), asep.number(), asep.nik(), asep.fullName(), asep.phone(), asep.domicile(),
                asep.business(), asep.registeredOn(), asep.registeredBy(), siti.stages(), asep.version());
        assertThat(decide(asepEverything, LocalDate.of(2019, 2, 1)).failures())
                .extracting(RuleOutcome::code).containsExactly("REGION_NOT_COVERED");
    }

    private static Member register(String nik, String name, String kecamatan, long sequence, LocalDate on) {
        KecamatanCode domicile = KecamatanCode.of(kecamatan);
        Registration registration = new Registration(Nik.parse(nik, on), name, PhoneNumber.parse("081234567890"), domicile,
                new Business("Usaha " + name, BusinessSector.KULINER, LocalDate.of(2017, 3, 1), Optional.empty()), on,
                Optional.empty());
        return Member.register(MemberId.random(), new MemberNumber(domicile.province(), sequence), registration, TODAY);
    }

    private static Member complete(Member member, Stage stage, String on, StageEvidence evidence, StageRules rules) {
        return member.completeStage(new StageCompletion(stage, LocalDate.parse(on), evidence), TODAY, rules);
    }

    private static FinancingDecision decide(Member member, LocalDate on) {
        return EligibilityPolicy.standard().decide(new EligibilityCase(member, BANK_DKI, Rupiah.of(10_000_000), on, List.of()));
    }
}
