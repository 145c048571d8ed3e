package id.okoce.domain.stage;

/** The evidence a stage requires; stages that need none accept an optional note. */
public enum EvidenceNeed {
    /** Nothing is required; a {@link StageEvidence.Note} may be given. */
    NONE,
    /** A {@link StageEvidence.TrainingCertificate} (P2). */
    TRAINING_CERTIFICATE,
    /** A {@link StageEvidence.BusinessLicence} (P4). */
    BUSINESS_LICENCE,
    /** A {@link StageEvidence.FinancingReference} (P7). */
    FINANCING_REFERENCE;

    /** Whether {@code evidence} satisfies this need. */
    public boolean isMetBy(StageEvidence evidence) {
        return switch (this) {
            case NONE -> evidence.kind() == StageEvidence.Kind.NONE || evidence.kind() == StageEvidence.Kind.NOTE;
            case TRAINING_CERTIFICATE -> evidence.kind() == StageEvidence.Kind.TRAINING_CERTIFICATE;
            case BUSINESS_LICENCE -> evidence.kind() == StageEvidence.Kind.BUSINESS_LICENCE;
            case FINANCING_REFERENCE -> evidence.kind() == StageEvidence.Kind.FINANCING_REFERENCE;
        };
    }
}
