package id.okoce.domain.identity;

import id.okoce.domain.shared.ErrorCode;
import id.okoce.domain.shared.ErrorKind;

/** Why an e-mail address was refused. */
public enum EmailError implements ErrorCode {
    /** Missing, too long, or not of the form {@code local@domain.tld}. */
    EMAIL_MALFORMED;

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID_INPUT;
    }
}
