package id.okoce.domain.stage;

import id.okoce.domain.business.LicenceType;
import id.okoce.domain.business.Nib;
import id.okoce.domain.shared.DomainException;
import java.util.Objects;

/** What proves a stage was done: a certificate, a licence, a financing reference, a note, or nothing. */
public sealed interface StageEvidence {

    /** No evidence given (allowed for P1, P3, P5, P6). */
    record None() implements StageEvidence {
    }

    /**
     * A free-text note, e.g. the mentor's name for P3 or the sales channel for P5.
     *
     * @param text 1–500 characters
     */
    record Note(String text) implements StageEvidence {
        /** Checks the text. */
        public Note {
            text = required(text, 500, "evidence.note", true);
        }
    }

    /**
     * The training certificate (sertifikat pelatihan) for P2.
     *
     * @param certificateNumber 1–64 characters
     */
    record TrainingCertificate(String certificateNumber) implements StageEvidence {
        /** Checks the number. */
        public TrainingCertificate {
            certificateNumber = required(certificateNumber, 64, "evidence.certificateNumber", false);
        }
    }

    /**
     * A business licence for P4. An NIB licence's number must be a valid {@link Nib}.
     *
     * @param type   IUMK, SKU, SIUP, SP-PIRT or NIB
     * @param number the licence number, 1–64 characters
     */
    record BusinessLicence(LicenceType type, String number) implements StageEvidence {
        /** Checks the number, and validates an NIB as such. */
        public BusinessLicence {
            if (type == null) {
                throw new DomainException(StageError.STAGE_EVIDENCE_MISSING, "evidence.licenceType", "licenceType is required");
            }
            number = required(number, 64, "evidence.licenceNumber", false);
            if (type == LicenceType.NIB) {
                number = Nib.parse(number).value();
            }
        }
    }

    /**
     * The bank's reference for the financing granted, for P7.
     *
     * @param reference 1–64 characters
     */
    record FinancingReference(String reference) implements StageEvidence {
        /** Checks the reference. */
        public FinancingReference {
            reference = required(reference, 64, "evidence.financingReference", false);
        }
    }

    /** The empty evidence. */
    static StageEvidence none() {
        return new None();
    }

    private static String required(String value, int max, String field, boolean multiLine) {
        Objects.requireNonNull(field);
        if (value == null || value.isBlank()) {
            throw new DomainException(StageError.STAGE_EVIDENCE_MISSING, field, field + " is required");
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new DomainException(StageError.STAGE_EVIDENCE_MISSING, field, field + " must be at most " + max + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                throw new DomainException(StageError.STAGE_EVIDENCE_MISSING, field, field + " must not contain control characters");
            }
        }
        return text;
    }
}
