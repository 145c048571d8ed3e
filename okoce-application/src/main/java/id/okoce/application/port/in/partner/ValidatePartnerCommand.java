package id.okoce.application.port.in.partner;

import id.okoce.domain.access.Actor;
import id.okoce.domain.partner.PartnerId;
import java.time.LocalDate;
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
 * @param on              the day it took effect (today when empty; never before the last change, never after today)
 * @param expectedVersion the version the caller read, if it wants the change refused when stale
 */
public record ValidatePartnerCommand(Actor actor, PartnerId partnerId, Decision decision, Optional<String> reason,
                                     Optional<LocalDate> on, OptionalLong expectedVersion) {

    /** A decision taking effect today. */
    public ValidatePartnerCommand(Actor actor, PartnerId partnerId, Decision decision, Optional<String> reason,
                                  OptionalLong expectedVersion) {
        this(actor, partnerId, decision, reason, Optional.empty(), expectedVersion);
    }

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
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
