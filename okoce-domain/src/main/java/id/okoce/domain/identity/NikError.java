package id.okoce.domain.identity;

import id.okoce.domain.shared.ErrorCode;
import id.okoce.domain.shared.ErrorKind;

/** Why a NIK was refused; each string is refused with exactly one of these. */
public enum NikError implements ErrorCode {
    /** Not exactly 16 characters (or missing). */
    NIK_LENGTH,
    /** 16 characters, but not all digits. */
    NIK_NOT_DIGITS,
    /** The first two digits are not a known province. */
    NIK_UNKNOWN_PROVINCE,
    /** The DDMMYY part is not a date (day 01–31 or 41–71, a real calendar date, not after the reference date). */
    NIK_INVALID_DATE,
    /** The serial (last four digits) is 0000. */
    NIK_ZERO_SERIAL;

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID_INPUT;
    }
}
