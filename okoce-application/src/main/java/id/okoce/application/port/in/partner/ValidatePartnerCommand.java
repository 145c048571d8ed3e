package id.okoce.application.port.in.partner;

import id.okoce.domain.access.Actor;
import id.okoce.domain.partner.PartnerId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Approve or reject a registered partner.
 *
 * @param actor           who decides (the hub)
 * @param partnerId       the partner
 * @param decision        approve or reject
 * @param reason          required to reject
 * @param expectedVersion the version the caller read, if it wants the change refused when stale
 */
public record ValidatePartnerCommand(Actor actor, PartnerId partnerId, Decision decision, Optional<String> reason,
                                     OptionalLong expectedVersion) {

    /** The hub's answer. */
    public enum Decision {
        /** Validate the partner. */
        APPROVE,
        /** Reject it, with a reason. */
        REJECT
    }

    /** Checks every part is present. */
    public ValidatePartnerCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
