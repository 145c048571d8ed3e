package id.okoce.application.port.out;

import id.okoce.domain.importing.ImportJob;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.importing.RowError;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Stores import jobs and their row errors, outside any import transaction: a rolled-back import
 * keeps its job record and its error report.
 */
public interface ImportJobRepository {

    /** Stores a job, or replaces the stored one with the same id. */
    void save(ImportJob job);

    /** The job, or empty. */
    Optional<ImportJob> find(ImportJobId id);

    /** Appends row errors to the job's report. */
    void addErrors(ImportJobId id, List<RowError> errors);

    /** Passes the job's row errors to {@code sink} in line order, streaming (never all in memory). */
    void forEachError(ImportJobId id, Consumer<RowError> sink);

    /** The members the job's row errors name ({@link RowError#member()}), each once. */
    Set<MemberNumber> membersNamed(ImportJobId id);
}
