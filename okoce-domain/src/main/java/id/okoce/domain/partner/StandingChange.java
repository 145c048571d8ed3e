package id.okoce.domain.partner;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a partner's standing: the status it entered, the day, and the reason (for a
 * rejection or a suspension). A partner's standing is the list of these, appended to and never
 * overwritten, so its standing on any past day can be told.
 *
 * @param status the status entered
 * @param on     the day it was entered
 * @param reason why, for REJECTED and SUSPENDED
 */
public record StandingChange(PartnerStatus status, LocalDate on, Optional<String> reason) {

    /** Checks the parts are present. */
    public StandingChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reason, "reason");
    }
}
