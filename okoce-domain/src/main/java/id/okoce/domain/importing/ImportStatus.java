package id.okoce.domain.importing;

/** Where an import job is. */
public enum ImportStatus {
    /** Accepted, waiting for its turn. */
    QUEUED,
    /** Reading and writing rows. */
    RUNNING,
    /** Done; the good rows are in (per-row, or all-or-nothing without a bad row). */
    COMPLETED,
    /** All-or-nothing with at least one bad row: nothing was written. */
    ROLLED_BACK,
    /** A dry run finished: nothing was written, the counts say what would have been. */
    VALIDATED,
    /** Stopped by an error that is not a bad row (unreadable file, database down). */
    FAILED,
    /** Stopped on request before the end (Ctrl-C, a service stop): whole committed batches stay (per-row), nothing else. */
    STOPPED
}
