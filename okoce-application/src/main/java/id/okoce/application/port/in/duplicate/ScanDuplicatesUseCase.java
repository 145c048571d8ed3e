package id.okoce.application.port.in.duplicate;

import id.okoce.domain.access.Actor;
import id.okoce.domain.importing.ImportJobId;
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

    /**
     * Compares what the import job {@code job} wrote with the register: the blocks holding one of its
     * members, every pair at or above the review threshold opened (found by {@code IMPORT}). Run by
     * the service after an import job that wrote members; the import itself does not check row by
     * row.
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} unless the actor is the hub
     *         (or the system)
     */
    ScanReport scanImport(Actor actor, ImportJobId job);
}
