package id.okoce.application.port.in.imports;

import id.okoce.application.port.in.Revealed;
import id.okoce.domain.access.Actor;
import id.okoce.domain.importing.ImportJob;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.importing.ImportMode;
import java.nio.file.Path;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Import jobs that run in the background, one at a time: start one, follow its progress, read its
 * error report. A job is visible to whoever started it and to the hub.
 */
public interface ImportJobsUseCase {

    /**
     * Queues an import of {@code file}; the job deletes the file when it ends. A job that wrote
     * members then has them compared with the register for possible duplicates
     * ({@link id.okoce.application.port.in.duplicate.ScanDuplicatesUseCase#scanImport}): the pairs
     * found are opened for review (found by {@code IMPORT}) a moment after the job says it is done.
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

    /** The purpose recorded for the members an error report names. */
    String IMPORT_REVIEW = "import-review";

    /**
     * The job's error report — its refused rows in line order, in the report format — ready to be
     * streamed; the job is looked up (and refused when not visible) before anything is written. A
     * refusal that names a member (a NIK already registered to them) reveals that member: a read
     * record per member named, to be stored before the report is handed out.
     *
     * @throws id.okoce.domain.shared.DomainException {@code IMPORT_NOT_FOUND}
     */
    Revealed<ErrorReport> errorReport(Actor actor, ImportJobId id);

    /**
     * A job's error report, not yet written.
     *
     * @param mediaType its media type
     * @param fileName  a file name to offer
     * @param content   writes it to a stream (streaming: never all in memory)
     */
    record ErrorReport(String mediaType, String fileName, Consumer<OutputStream> content) {
        /** Checks the parts. */
        public ErrorReport {
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(content, "content");
        }
    }
}
