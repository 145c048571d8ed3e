package id.okoce.application.port.in.duplicate;

import id.okoce.domain.access.Actor;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The scan of the whole register ({@link ScanDuplicatesUseCase}) as a job in the background, for the
 * hub over HTTP: start one, then follow it. One scan runs at a time in a service; jobs are kept in
 * the service's memory (the most recent ones), so a restart forgets them — a scan only opens pairs
 * not recorded before, so running it again is harmless.
 */
public interface DuplicateScanJobsUseCase {

    /** Where a scan job stands. */
    enum Status {
        /** Comparing. */
        RUNNING,
        /** Done: its report says what it found. */
        DONE,
        /** Stopped by an error: {@link ScanJob#failure()} says which. */
        FAILED
    }

    /**
     * A scan job.
     *
     * @param id        its number in this service, from 1
     * @param status    where it stands
     * @param startedAt when it started
     * @param endedAt   when it ended, once it did
     * @param report    what it did, once done
     * @param failure   why it failed, if it did
     */
    record ScanJob(long id, Status status, Instant startedAt, Optional<Instant> endedAt, Optional<ScanDuplicatesUseCase.ScanReport> report,
                   Optional<String> failure) {
        /** Checks the parts. */
        public ScanJob {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(endedAt, "endedAt");
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(failure, "failure");
        }
    }

    /**
     * Starts a scan in the background.
     *
     * @return the job, RUNNING
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} unless the actor is the hub;
     *         {@code DUPLICATE_SCAN_RUNNING} (naming the running job) while another runs
     */
    ScanJob start(Actor actor);

    /**
     * A scan job.
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} unless the actor is the hub;
     *         {@code DUPLICATE_SCAN_NOT_FOUND} for a job this service does not know
     */
    ScanJob job(Actor actor, long id);
}
