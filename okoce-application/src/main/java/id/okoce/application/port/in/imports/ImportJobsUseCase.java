package id.okoce.application.port.in.imports;

import id.okoce.domain.access.Actor;
import id.okoce.domain.importing.ImportJob;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.importing.ImportMode;
import id.okoce.domain.importing.RowError;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Import jobs that run in the background, one at a time: start one, follow its progress, read its
 * error report. A job is visible to whoever started it and to the hub.
 */
public interface ImportJobsUseCase {

    /**
     * Queues an import of {@code file}; the job deletes the file when it ends.
     *
     * @return the job, QUEUED
     */
    ImportJob start(Actor actor, ImportMode mode, Path file, String fileName);

    /**
     * A job and its progress.
     *
     * @throws id.okoce.domain.shared.DomainException {@code IMPORT_NOT_FOUND}
     */
    ImportJob get(Actor actor, ImportJobId id);

    /**
     * The job's refused rows, in line order, streaming.
     *
     * @throws id.okoce.domain.shared.DomainException {@code IMPORT_NOT_FOUND}
     */
    void errors(Actor actor, ImportJobId id, Consumer<RowError> sink);
}
