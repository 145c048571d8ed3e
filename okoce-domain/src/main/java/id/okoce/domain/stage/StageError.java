package id.okoce.domain.stage;

import id.okoce.domain.shared.ErrorCode;
import id.okoce.domain.shared.ErrorKind;

/** Why a stage could not be completed. */
public enum StageError implements ErrorCode {
    /** Not a stage code P1–P7. */
    STAGE_UNKNOWN(ErrorKind.INVALID_INPUT),
    /** An earlier stage that the prerequisite policy requires is not done yet. */
    STAGE_OUT_OF_ORDER(ErrorKind.CONFLICT),
    /** The stage is already done; a stage is completed once. */
    STAGE_ALREADY_DONE(ErrorKind.CONFLICT),
    /** The date is in the future, or before the date of an earlier stage. */
    STAGE_DATE_INVALID(ErrorKind.RULE_VIOLATION),
    /** No one delivers this stage in the member's province on that date. */
    STAGE_UNAVAILABLE_IN_REGION(ErrorKind.RULE_VIOLATION),
    /** The stage needs evidence (P2 certificate, P4 licence, P7 financing reference) that was not given. */
    STAGE_EVIDENCE_MISSING(ErrorKind.INVALID_INPUT),
    /** Only the most recent stage may be withdrawn. */
    STAGE_NOT_LATEST(ErrorKind.CONFLICT),
    /** P1 is the registration itself and cannot be withdrawn. */
    STAGE_NOT_WITHDRAWABLE(ErrorKind.RULE_VIOLATION);

    private final ErrorKind kind;

    StageError(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
