package id.okoce.application.port.out;

import id.okoce.domain.access.ApiToken;
import id.okoce.domain.access.TokenId;
import java.time.Instant;
import java.util.Optional;

/** Stores API tokens by the hash of their secret; never the secret itself. */
public interface TokenRepository {

    /** Inserts a token; {@link StaleVersionException} if its id or hash already exists. */
    void add(ApiToken token);

    /** The token whose secret hashes to {@code secretHash}, revoked or not, or empty. */
    Optional<ApiToken> findByHash(String secretHash);

    /** The token with this id, or empty. */
    Optional<ApiToken> findById(TokenId id);

    /**
     * Marks the token revoked at {@code at}.
     *
     * @return false if there is no such token (revoking a revoked token again returns true and keeps the first time)
     */
    boolean revoke(TokenId id, Instant at);

    /** Whether any token, revoked or not, was ever issued. */
    boolean any();
}
