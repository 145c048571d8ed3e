package id.okoce.application.port.out;

import java.nio.file.Path;

/**
 * Reads a file of members row by row, in constant memory. The file format (CSV with the
 * documented header) is the adapter's business: it parses every cell into domain values, and
 * refuses the cells it cannot read, row by row (see {@link MemberFileRow}).
 */
public interface MemberFileReader {

    /**
     * Opens a file.
     *
     * @throws id.okoce.domain.shared.DomainException {@code IMPORT_HEADER_INVALID} when the header is not the documented one
     */
    Rows open(Path file);

    /** The rows of an open file, in file order; close it when done. */
    interface Rows extends Iterable<MemberFileRow>, AutoCloseable {
        @Override
        void close();
    }
}
