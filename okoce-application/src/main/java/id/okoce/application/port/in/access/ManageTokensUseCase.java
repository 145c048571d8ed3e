package id.okoce.application.port.in.access;

import id.okoce.domain.access.Actor;
import id.okoce.domain.access.ApiToken;
import id.okoce.domain.access.Role;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.partner.PartnerId;
import java.util.Optional;

/** The hub issues and revokes API tokens; the first start of an empty network gets an admin token. */
public interface ManageTokensUseCase {

    /**
     * Issues a token; its secret is in the result and nowhere else.
     *
     * @param partner the partner a PARTNER token acts for (must be VALIDATED)
     * @param bank    the bank a BANK token acts for
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} unless the hub,
     *         {@code TOKEN_BINDING_INVALID}, {@code PARTNER_NOT_FOUND}, {@code PARTNER_NOT_VALIDATED}
     */
    IssuedToken issue(Actor actor, Role role, Optional<PartnerId> partner, Optional<String> bank);

    /**
     * Revokes a token at once.
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} unless the hub, {@code TOKEN_NOT_FOUND}
     */
    void revoke(Actor actor, TokenId id);

    /**
     * A token as stored (its role, binding and times; never a secret).
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} unless the hub, {@code TOKEN_NOT_FOUND}
     */
    ApiToken get(Actor actor, TokenId id);

    /** Issues a hub-admin token if no token was ever issued; empty otherwise. */
    Optional<IssuedToken> issueFirstAdminToken();
}
