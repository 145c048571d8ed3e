package id.okoce.domain.access;

import id.okoce.domain.shared.ErrorCode;
import id.okoce.domain.shared.ErrorKind;

/** Why an actor was refused. */
public enum AccessError implements ErrorCode {
    /** The actor's role may not do this at all. */
    ACCESS_DENIED(ErrorKind.FORBIDDEN),
    /** A partner acting outside its own province, or for another partner. */
    REGION_OUT_OF_SCOPE(ErrorKind.FORBIDDEN),
    /** A token's role and binding do not fit (a partner token without a partner, a bank token without a bank). */
    TOKEN_BINDING_INVALID(ErrorKind.INVALID_INPUT),
    /** Not a role name (HUB_ADMIN, PARTNER, BANK). */
    ROLE_UNKNOWN(ErrorKind.INVALID_INPUT),
    /** No token with that id. */
    TOKEN_NOT_FOUND(ErrorKind.NOT_FOUND);

    private final ErrorKind kind;

    AccessError(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
