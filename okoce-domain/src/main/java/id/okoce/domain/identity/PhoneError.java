package id.okoce.domain.identity;

import id.okoce.domain.shared.ErrorCode;
import id.okoce.domain.shared.ErrorKind;

/** Why a mobile number was refused. */
public enum PhoneError implements ErrorCode {
    /** Missing, or characters other than digits, spaces, dashes and a leading plus. */
    PHONE_MALFORMED,
    /** Does not start with {@code 08}, {@code 628} or {@code +628}: not an Indonesian mobile number. */
    PHONE_NOT_MOBILE,
    /** Not 10–13 digits in national form ({@code 08…}). */
    PHONE_LENGTH;

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID_INPUT;
    }
}
