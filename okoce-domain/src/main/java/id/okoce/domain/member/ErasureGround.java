package id.okoce.domain.member;

import id.okoce.domain.shared.DomainException;
import java.util.Arrays;

/** The legal ground of an erasure under UU PDP (Law 27/2022). */
public enum ErasureGround {
    /** The person asked for their data to be erased. */
    PERSON_REQUEST,
    /** The person withdrew the consent the processing rested on. */
    CONSENT_WITHDRAWN,
    /** The purpose of the processing ended (e.g. the person left the programme). */
    PURPOSE_ENDED,
    /** The retention period ended without activity. */
    RETENTION_ENDED,
    /** The data was processed unlawfully. */
    UNLAWFUL_PROCESSING,
    /** The record was made with another person's NIK; the right person registers anew. */
    WRONG_IDENTITY;

    /** The ground named {@code raw} (exactly), or {@code ERASURE_GROUND_UNKNOWN}. */
    public static ErasureGround parse(String raw) {
        for (ErasureGround ground : values()) {
            if (ground.name().equals(raw == null ? null : raw.strip())) {
                return ground;
            }
        }
        throw new DomainException(MemberError.ERASURE_GROUND_UNKNOWN, "ground", "ground must be one of " + Arrays.toString(values()));
    }
}
