package id.okoce.domain.partner;

import id.okoce.domain.shared.ErrorCode;
import id.okoce.domain.shared.ErrorKind;

/** Why a partner or agreement action was refused. */
public enum PartnerError implements ErrorCode {
    /** The partner's name or brand is missing or too long. */
    PARTNER_NAME_INVALID(ErrorKind.INVALID_INPUT),
    /** Neither an e-mail address nor a phone number was given. */
    PARTNER_CONTACT_MISSING(ErrorKind.INVALID_INPUT),
    /** Rejecting or suspending needs a reason. */
    PARTNER_REASON_REQUIRED(ErrorKind.INVALID_INPUT),
    /** A kabupaten/kota of the partner's area lies outside its province, or the list is too long. */
    PARTNER_AREA_INVALID(ErrorKind.INVALID_INPUT),
    /** The lifecycle does not allow this step from the partner's current status. */
    PARTNER_TRANSITION_INVALID(ErrorKind.CONFLICT),
    /** The action needs a VALIDATED partner (using the OK OCE name, signing agreements). */
    PARTNER_NOT_VALIDATED(ErrorKind.RULE_VIOLATION),
    /** A status change dated before the partner registered, or in the future. */
    PARTNER_DATE_INVALID(ErrorKind.RULE_VIOLATION),
    /** An agreement enables a stage its counterparty kind cannot deliver, or none at all. */
    AGREEMENT_STAGES_INVALID(ErrorKind.INVALID_INPUT),
    /** An agreement ends before it starts. */
    AGREEMENT_DATES_INVALID(ErrorKind.INVALID_INPUT),
    /** The counterparty's name is missing or too long. */
    AGREEMENT_COUNTERPARTY_INVALID(ErrorKind.INVALID_INPUT),
    /** Not a known counterparty kind. */
    COUNTERPARTY_KIND_UNKNOWN(ErrorKind.INVALID_INPUT);

    private final ErrorKind kind;

    PartnerError(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
