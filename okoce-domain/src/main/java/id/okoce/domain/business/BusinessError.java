package id.okoce.domain.business;

import id.okoce.domain.shared.ErrorCode;
import id.okoce.domain.shared.ErrorKind;

/** Why business data was refused. */
public enum BusinessError implements ErrorCode {
    /** An NIB must be exactly 13 characters. */
    NIB_LENGTH,
    /** An NIB must be digits only. */
    NIB_NOT_DIGITS,
    /** The business name is missing or too long. */
    BUSINESS_NAME_INVALID,
    /** The business start date is after the date it was declared on. */
    BUSINESS_START_INVALID,
    /** A licence number is missing or too long. */
    LICENCE_NUMBER_INVALID,
    /** Not a known business sector. */
    SECTOR_UNKNOWN,
    /** Not a known licence type. */
    LICENCE_TYPE_UNKNOWN;

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID_INPUT;
    }
}
