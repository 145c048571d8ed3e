package id.okoce.domain.importing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An import job: who asked, how, on which file, and how far it got.
 *
 * @param id         its identity
 * @param owner      the caller's scope key (only they and the hub may read it)
 * @param mode       how bad rows are treated
 * @param fileName   the file's name, for people
 * @param status     where it is
 * @param counts     what it did so far
 * @param createdAt  when it was accepted
 * @param finishedAt when it ended, if it did
 * @param failure    why it failed, if it did (one line, never row data)
 */
public record ImportJob(ImportJobId id, String owner, ImportMode mode, String fileName, ImportStatus status, ImportCounts counts,
                        Instant createdAt, Optional<Instant> finishedAt, Optional<String> failure) {

    /** Checks the parts. */
    public ImportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(failure, "failure");
    }

    /** A job just accepted. */
    public static ImportJob queued(ImportJobId id, String owner, ImportMode mode, String fileName, Instant at) {
        return new ImportJob(id, owner, mode, fileName, ImportStatus.QUEUED, ImportCounts.zero(), at, Optional.empty(), Optional.empty());
    }

    /** This job running, with these counts. */
    public ImportJob running(ImportCounts now) {
        return new ImportJob(id, owner, mode, fileName, ImportStatus.RUNNING, now, createdAt, finishedAt, failure);
    }

    /**
     * This job ended with these counts: a dry run is VALIDATED, an all-or-nothing import with a bad
     * row is ROLLED_BACK, anything else COMPLETED.
     */
    public ImportJob finished(ImportCounts end, Instant at) {
        ImportStatus outcome = switch (mode) {
            case VALIDATE_ONLY -> ImportStatus.VALIDATED;
            case ALL_OR_NOTHING -> end.refused() > 0 ? ImportStatus.ROLLED_BACK : ImportStatus.COMPLETED;
            case PER_ROW -> ImportStatus.COMPLETED;
        };
        return new ImportJob(id, owner, mode, fileName, outcome, end, createdAt, Optional.of(at), Optional.empty());
    }

    /** This job stopped by an error that is not a bad row. */
    public ImportJob failed(ImportCounts end, Instant at, String why) {
        return new ImportJob(id, owner, mode, fileName, ImportStatus.FAILED, end, createdAt, Optional.of(at), Optional.of(why));
    }

    /** This job stopped on request, with the counts of what it had read and committed. */
    public ImportJob stopped(ImportCounts end, Instant at) {
        return new ImportJob(id, owner, mode, fileName, ImportStatus.STOPPED, end, createdAt, Optional.of(at), Optional.empty());
    }

    /** Whether it has ended. */
    public boolean ended() {
        return finishedAt.isPresent();
    }
}
