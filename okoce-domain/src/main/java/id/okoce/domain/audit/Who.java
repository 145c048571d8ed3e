package id.okoce.domain.audit;

import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.partner.PartnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who acted, as a record keeps it: the role, the API token (when there was one), the partner
 * acted for, and a short label (the hub administrator's name, the bank's name).
 *
 * @param role    the role
 * @param token   the token acted through, if any
 * @param partner the partner acted for, if a partner acted
 * @param label   a short name, never personal data of a member
 */
public record Who(Role role, Optional<TokenId> token, Optional<PartnerId> partner, String label) {

    /** Checks the parts. */
    public Who {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(label, "label");
    }

    /** The record of {@code actor}. */
    public static Who of(Actor actor) {
        return new Who(actor.role(), actor.token(), actor.partner(), actor.label());
    }
}
