package id.okoce.adapter.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import id.okoce.domain.importing.RowError;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes member rows (in the import format) or an error report, as CSV with a header row. */
public final class CsvWriting implements Closeable {

    private final CsvWriter writer;

    private CsvWriting(OutputStream out, List<String> header) {
        this.writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(64 * 1024).build(out, StandardCharsets.UTF_8);
        writer.writeRecord(header);
    }

    private CsvWriting(Writer out, List<String> header) {
        this.writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(64 * 1024).build(out);
        writer.writeRecord(header);
    }

    /** A writer of member rows to a character stream, header written. */
    public static CsvWriting members(Writer out) {
        return new CsvWriting(out, MemberCsv.COLUMNS);
    }

    /** A writer of member rows, header written. */
    public static CsvWriting members(OutputStream out) {
        return new CsvWriting(out, MemberCsv.COLUMNS);
    }

    /** A writer of an error report, header written. */
    public static CsvWriting errors(OutputStream out) {
        return new CsvWriting(out, MemberCsv.ERROR_COLUMNS);
    }

    /** Writes one row; null cells are written empty. */
    public void row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) {
                cells[i] = "";
            }
        }
        writer.writeRecord(cells);
    }

    /** Writes one error line. */
    public void error(RowError error) {
        writer.writeRecord(Long.toString(error.line()), error.field(), error.code(), error.message());
    }

    /** Flushes what was written. */
    public void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
