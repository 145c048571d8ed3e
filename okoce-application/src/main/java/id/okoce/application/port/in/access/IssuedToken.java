package id.okoce.application.port.in.access;

import id.okoce.domain.access.ApiToken;

/**
 * A token just issued, with its secret: show the secret once, it is not stored.
 *
 * @param token  the stored token
 * @param secret the bearer secret
 */
public record IssuedToken(ApiToken token, String secret) {

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "IssuedToken[" + token.id() + ", " + token.role() + "]";
    }
}
