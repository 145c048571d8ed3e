package id.okoce.application.port.in.partner;

import id.okoce.domain.access.Actor;
import id.okoce.domain.partner.PartnerId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Suspend or reinstate a partner.
 *
 * @param actor           who asks (the hub)
 * @param partnerId       the partner
 * @param change          suspend or reinstate
 * @param reason          required to suspend
 * @param on              the day it took effect (today when empty; never before the last change, never after today)
 * @param expectedVersion the version the caller read, if it wants the change refused when stale
 */
public record ChangePartnerStandingCommand(Actor actor, PartnerId partnerId, Change change, Optional<String> reason,
                                           Optional<LocalDate> on, OptionalLong expectedVersion) {

    /** A change taking effect today. */
    public ChangePartnerStandingCommand(Actor actor, PartnerId partnerId, Change change, Optional<String> reason,
                                        OptionalLong expectedVersion) {
        this(actor, partnerId, change, reason, Optional.empty(), expectedVersion);
    }

    /** The change asked for. */
    public enum Change {
        /** VALIDATED → SUSPENDED. */
        SUSPEND,
        /** SUSPENDED → VALIDATED. */
        REINSTATE
    }

    /** Checks every part is present. */
    public ChangePartnerStandingCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
