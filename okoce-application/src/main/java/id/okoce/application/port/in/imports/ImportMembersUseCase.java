package id.okoce.application.port.in.imports;

import id.okoce.domain.access.Actor;
import id.okoce.domain.importing.ImportJob;
import id.okoce.domain.audit.Origin;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.importing.ImportListener;
import id.okoce.domain.importing.ImportMode;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Imports a file of members now: every row judged by the same rules as a single registration
 * (and, for a partner, only in its own province), good rows written set-based in batches, bad
 * rows reported with line, field and code.
 */
public interface ImportMembersUseCase {

    /**
     * Runs the import to its end and returns the finished job (also stored).
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} for a bank,
     *         {@code IMPORT_HEADER_INVALID} for a file of another format
     */
    ImportJob run(ImportCommand command);

    /**
     * An import to run.
     *
     * @param actor    who imports
     * @param id       the job's id
     * @param mode     how bad rows are treated
     * @param file     the file
     * @param fileName its name, for people
     * @param listener who follows it
     * @param origin   the request or command that started it, for the audit trail
     */
    record ImportCommand(Actor actor, ImportJobId id, ImportMode mode, Path file, String fileName, ImportListener listener,
                         Origin origin) {
        /** Checks the parts. */
        public ImportCommand {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(listener, "listener");
        }
    }
}
