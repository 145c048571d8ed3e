package id.okoce.application.port.out;

import id.okoce.domain.importing.RowError;
import java.io.OutputStream;

/**
 * The format of an import's error report, the same wherever the report is read (downloaded from
 * the API, written beside the file by the command line): it names each refused row's line, the
 * field in the file's own words, the code and the reason.
 */
public interface ImportErrorReport {

    /** The report's media type, e.g. {@code text/csv; charset=utf-8}. */
    String mediaType();

    /** The usual file-name extension, e.g. {@code csv}. */
    String extension();

    /** Starts a report on {@code out} (its header written); close the writer to finish it (it does not close {@code out}). */
    Writer open(OutputStream out);

    /** Writes one report. */
    interface Writer extends AutoCloseable {
        /** Writes one refused row's error. */
        void write(RowError error);

        /** Flushes what was written. */
        @Override
        void close();
    }
}
