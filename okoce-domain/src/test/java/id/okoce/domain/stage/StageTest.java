package id.okoce.domain.stage;

import static id.okoce.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.domain.business.LicenceType;
import id.okoce.domain.business.BusinessError;
import org.junit.jupiter.api.Test;

class StageTest {

    @Test
    void the_seven_stages_in_order_with_codes_and_both_names() {
        assertThat(Stage.values()).extracting(Stage::code).containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "P7");
        assertThat(Stage.values()).extracting(Stage::indonesianName).containsExactly(
                "Pendaftaran", "Pelatihan", "Pendampingan", "Perizinan", "Pemasaran", "Pelaporan Keuangan", "Permodalan");
        assertThat(Stage.values()).extracting(Stage::englishName).containsExactly(
                "Registration", "Training", "Mentoring", "Licensing", "Marketing", "Financial reporting", "Access to capital");
    }

    @Test
    void codes_and_numbers_parse() {
        assertThat(Stage.parse("p4")).isEqualTo(Stage.LICENSING);
        assertThat(Stage.parse(" P7 ")).isEqualTo(Stage.CAPITAL);
        assertThat(Stage.number(2)).isEqualTo(Stage.TRAINING);
        assertRefused(() -> Stage.parse("P8"), StageError.STAGE_UNKNOWN, "stage");
        assertRefused(() -> Stage.parse("P0"), StageError.STAGE_UNKNOWN, "stage");
        assertRefused(() -> Stage.parse("X1"), StageError.STAGE_UNKNOWN, "stage");
        assertRefused(() -> Stage.parse(null), StageError.STAGE_UNKNOWN, "stage");
        assertRefused(() -> Stage.number(0), StageError.STAGE_UNKNOWN, "stage");
        assertRefused(() -> Stage.number(8), StageError.STAGE_UNKNOWN, "stage");
    }

    @Test
    void earlier_stages() {
        assertThat(Stage.REGISTRATION.earlier()).isEmpty();
        assertThat(Stage.LICENSING.earlier()).containsExactly(Stage.REGISTRATION, Stage.TRAINING, Stage.MENTORING);
        assertThat(Stage.TRAINING.upToAndIncluding()).containsExactly(Stage.REGISTRATION, Stage.TRAINING);
    }

    @Test
    void evidence_needs_per_stage() {
        assertThat(Stage.TRAINING.evidenceNeed()).isEqualTo(EvidenceNeed.TRAINING_CERTIFICATE);
        assertThat(Stage.LICENSING.evidenceNeed()).isEqualTo(EvidenceNeed.BUSINESS_LICENCE);
        assertThat(Stage.CAPITAL.evidenceNeed()).isEqualTo(EvidenceNeed.FINANCING_REFERENCE);
        assertThat(EvidenceNeed.NONE.isMetBy(new StageEvidence.Note("mentor: Pak Budi"))).isTrue();
        assertThat(EvidenceNeed.NONE.isMetBy(new StageEvidence.None())).isTrue();
        assertThat(EvidenceNeed.NONE.isMetBy(new StageEvidence.TrainingCertificate("C-1"))).isFalse();
        assertThat(EvidenceNeed.TRAINING_CERTIFICATE.isMetBy(new StageEvidence.None())).isFalse();
        assertThat(EvidenceNeed.FINANCING_REFERENCE.isMetBy(new StageEvidence.FinancingReference("F-1"))).isTrue();
    }

    @Test
    void evidence_is_checked_when_made() {
        assertThat(new StageEvidence.BusinessLicence(LicenceType.NIB, " 9120001234567 ").number()).isEqualTo("9120001234567");
        assertRefused(() -> new StageEvidence.BusinessLicence(LicenceType.NIB, "123"), BusinessError.NIB_LENGTH, "nib");
        assertRefused(() -> new StageEvidence.BusinessLicence(null, "123"), StageError.STAGE_EVIDENCE_MISSING,
                "evidence.licenceType");
        assertRefused(() -> new StageEvidence.BusinessLicence(LicenceType.IUMK, " "), StageError.STAGE_EVIDENCE_MISSING,
                "evidence.licenceNumber");
        assertRefused(() -> new StageEvidence.TrainingCertificate(null), StageError.STAGE_EVIDENCE_MISSING,
                "evidence.certificateNumber");
        assertRefused(() -> new StageEvidence.FinancingReference("x".repeat(65)), StageError.STAGE_EVIDENCE_MISSING,
                "evidence.financingReference");
        assertRefused(() -> new StageEvidence.Note(""), StageError.STAGE_EVIDENCE_MISSING, "evidence.note");
    }
}
