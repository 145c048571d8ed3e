package id.okoce.domain.stage;

import id.okoce.domain.business.LicenceType;
import id.okoce.domain.business.Nib;
import id.okoce.domain.shared.DomainException;
import java.util.Objects;
import java.util.Optional;

/**
 * What proves a stage was done: a certificate, a licence, a financing reference, a note, or nothing.
 * Every kind is described by {@link #kind()}, {@link #content()} and, for a licence,
 * {@link #licenceType()}, and {@link #of} rebuilds it from those parts: adapters store and show
 * evidence through them without asking which record it is.
 */
public sealed interface StageEvidence {

    /** The kinds of evidence. */
    enum Kind {
        /** Nothing given. */
        NONE,
        /** A free-text note. */
        NOTE,
        /** A training certificate's number. */
        TRAINING_CERTIFICATE,
        /** A business licence's type and number. */
        BUSINESS_LICENCE,
        /** A bank's financing reference. */
        FINANCING_REFERENCE
    }

    /** Which kind this is. */
    Kind kind();

    /** Its content: the note, the certificate number, the licence number or the financing reference; empty for none. */
    Optional<String> content();

    /** The licence type, for a business licence; empty otherwise. */
    default Optional<LicenceType> licenceType() {
        return Optional.empty();
    }

    /**
     * The evidence a stage with {@code need} holds, from its stored parts: {@code text} (null when
     * none) and, for a licence, its type. For a stage that needs none, a text is a note.
     *
     * @throws DomainException when the parts do not make the evidence the need asks for
     */
    static StageEvidence of(EvidenceNeed need, String text, LicenceType type) {
        return switch (need) {
            case NONE -> text == null ? new None() : new Note(text);
            case TRAINING_CERTIFICATE -> new TrainingCertificate(text);
            case BUSINESS_LICENCE -> new BusinessLicence(type, text);
            case FINANCING_REFERENCE -> new FinancingReference(text);
        };
    }

    /** No evidence given (allowed for P1, P3, P5, P6). */
    record None() implements StageEvidence {
        @Override
        public Kind kind() {
            return Kind.NONE;
        }

        @Override
        public Optional<String> content() {
            return Optional.empty();
        }
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

        @Override
        public Kind kind() {
            return Kind.NOTE;
        }

        @Override
        public Optional<String> content() {
            return Optional.of(text);
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

        @Override
        public Kind kind() {
            return Kind.TRAINING_CERTIFICATE;
        }

        @Override
        public Optional<String> content() {
            return Optional.of(certificateNumber);
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

        @Override
        public Kind kind() {
            return Kind.BUSINESS_LICENCE;
        }

        @Override
        public Optional<String> content() {
            return Optional.of(number);
        }

        @Override
        public Optional<LicenceType> licenceType() {
            return Optional.of(type);
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

        @Override
        public Kind kind() {
            return Kind.FINANCING_REFERENCE;
        }

        @Override
        public Optional<String> content() {
            return Optional.of(reference);
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
