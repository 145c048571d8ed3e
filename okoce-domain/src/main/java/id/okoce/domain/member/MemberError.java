package id.okoce.domain.member;

import id.okoce.domain.shared.ErrorCode;
import id.okoce.domain.shared.ErrorKind;

/** Why a member could not be registered or changed. */
public enum MemberError implements ErrorCode {
    /** The full name is missing or too long. */
    MEMBER_NAME_INVALID(ErrorKind.INVALID_INPUT),
    /** The registration date is in the future. */
    MEMBER_REGISTRATION_DATE_INVALID(ErrorKind.RULE_VIOLATION),
    /** Not a member number of the form {@code OKOCE-31-0000001}. */
    MEMBER_NUMBER_MALFORMED(ErrorKind.INVALID_INPUT),
    /** A member search asked for a page size outside 1–500. */
    QUERY_LIMIT_INVALID(ErrorKind.INVALID_INPUT),
    /** A name to search for needs at least two letters besides titles, and at most 150 characters. */
    NAME_QUERY_INVALID(ErrorKind.INVALID_INPUT),
    /** A page cursor that is not the nextCursor of the same search. */
    CURSOR_INVALID(ErrorKind.INVALID_INPUT),
    /** Not a legal ground of erasure. */
    ERASURE_GROUND_UNKNOWN(ErrorKind.INVALID_INPUT);

    private final ErrorKind kind;

    MemberError(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
