package id.okoce.domain.financing;

import id.okoce.domain.shared.ErrorCode;
import id.okoce.domain.shared.ErrorKind;

/** Why a financing action was refused. */
public enum FinancingError implements ErrorCode {
    /** An amount that is negative or not whole rupiah. */
    AMOUNT_INVALID(ErrorKind.INVALID_INPUT),
    /** A product definition that does not hold together (range, ages, dates, id). */
    FINANCING_PRODUCT_INVALID(ErrorKind.INVALID_INPUT),
    /** Financing may be recorded only for an eligible member. */
    FINANCING_NOT_ELIGIBLE(ErrorKind.RULE_VIOLATION),
    /** The term is outside 1 month and the product's maximum. */
    FINANCING_TERM_INVALID(ErrorKind.INVALID_INPUT),
    /** The grant day is in the future. */
    FINANCING_DATE_INVALID(ErrorKind.RULE_VIOLATION),
    /** The bank's reference is missing or too long. */
    FINANCING_REFERENCE_INVALID(ErrorKind.INVALID_INPUT),
    /** Not a known reason for refusing financing. */
    REFUSAL_REASON_UNKNOWN(ErrorKind.INVALID_INPUT),
    /** A refusal's note is too long or holds control characters, or is missing for the reason OTHER. */
    REFUSAL_NOTE_INVALID(ErrorKind.INVALID_INPUT);

    private final ErrorKind kind;

    FinancingError(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
