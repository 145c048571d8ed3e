package id.okoce.domain.access;

import id.okoce.domain.shared.ErrorCode;
import id.okoce.domain.shared.ErrorKind;

/** Why an actor was refused. */
public enum AccessError implements ErrorCode {
    /** The actor's role may not do this at all. */
    ACCESS_DENIED,
    /** A partner acting outside its own province, or for another partner. */
    REGION_OUT_OF_SCOPE;

    @Override
    public ErrorKind kind() {
        return ErrorKind.FORBIDDEN;
    }
}
