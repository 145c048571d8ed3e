package id.okoce.domain.access;

import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.shared.Require;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bearer token as stored: its role, what it is bound to, and only the hash of its secret (the
 * secret itself is shown once, when issued, and never kept).
 *
 * @param id         the token's identity
 * @param role       what it may do
 * @param partner    the partner it acts for (role PARTNER only)
 * @param bank       the bank it acts for (role BANK only)
 * @param secretHash SHA-256 of the secret, lower-case hex
 * @param createdAt  when it was issued
 * @param revokedAt  when it was revoked, if it was
 */
public record ApiToken(TokenId id, Role role, Optional<PartnerId> partner, Optional<String> bank, String secretHash,
                       Instant createdAt, Optional<Instant> revokedAt) {

    /** Checks the binding fits the role: a partner token names a partner, a bank token a bank, a hub token neither. */
    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        if (partner.isPresent() != (role == Role.PARTNER)) {
            throw new DomainException(AccessError.TOKEN_BINDING_INVALID, "partnerId",
                    "a PARTNER token needs partnerId, and only a PARTNER token may have one");
        }
        if (bank.isPresent() != (role == Role.BANK)) {
            throw new DomainException(AccessError.TOKEN_BINDING_INVALID, "bank",
                    "a BANK token needs bank, and only a BANK token may have one");
        }
        bank = bank.map(name -> Require.text(name, 100, AccessError.TOKEN_BINDING_INVALID, "bank"));
    }

    /** Whether the token still works (not revoked). */
    public boolean active() {
        return revokedAt.isEmpty();
    }
}
