package id.okoce.application.port.in.duplicate;

import id.okoce.domain.access.Actor;
import java.time.Duration;

/** Compare the whole register with itself and open every pair at or above the review threshold (the hub only). */
public interface ScanDuplicatesUseCase {

    /**
     * What a scan did.
     *
     * @param members  members compared (a member in two blocks counts twice)
     * @param compared pairs compared
     * @param found    pairs at or above the review threshold
     * @param likely   of them, at or above the likely threshold
     * @param opened   pairs not recorded before (the rest were known, open or resolved)
     * @param oversized blocks left out for holding more than a thousand members (e.g. an office's phone)
     * @param took     how long it took
     */
    record ScanReport(long members, long compared, long found, long likely, long opened, long oversized, Duration took) {
    }

    /**
     * Scans the register.
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} unless the actor is the hub
     */
    ScanReport scan(Actor actor);
}
