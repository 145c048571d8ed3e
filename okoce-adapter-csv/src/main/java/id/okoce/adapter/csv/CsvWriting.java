package id.okoce.adapter.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/** Writes member rows in the import format, header first, each row given by its columns. */
public final class CsvWriting implements Closeable {

    private final CsvWriter writer;

    private CsvWriting(CsvWriter writer) {
        this.writer = writer;
        writer.writeRecord(MemberColumn.HEADER);
    }

    /** A writer of member rows, header written. */
    public static CsvWriting members(OutputStream out) {
        return new CsvWriting(CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(64 * 1024).build(out, StandardCharsets.UTF_8));
    }

    /** A writer of member rows to a character stream, header written. */
    public static CsvWriting members(Writer out) {
        return new CsvWriting(CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(64 * 1024).build(out));
    }

    /** A row being filled, column by column; unset columns are written empty. */
    public static final class Row {
        private final Map<MemberColumn, String> cells = new EnumMap<>(MemberColumn.class);

        /** Sets a cell (null: empty). */
        public Row set(MemberColumn column, String value) {
            if (value == null) {
                cells.remove(column);
            } else {
                cells.put(column, value);
            }
            return this;
        }

        /** A cell, or null when empty. */
        public String get(MemberColumn column) {
            return cells.get(column);
        }

        /** A copy of this row. */
        public Row copy() {
            Row copy = new Row();
            copy.cells.putAll(cells);
            return copy;
        }

        String[] cells() {
            String[] out = new String[MemberColumn.values().length];
            for (MemberColumn column : MemberColumn.values()) {
                out[column.index()] = cells.getOrDefault(column, "");
            }
            return out;
        }
    }

    /** Writes one row in column order. */
    public void row(Row row) {
        writer.writeRecord(row.cells());
    }

    /** Writes raw cells as they are, for deliberately malformed rows (too few or too many cells). */
    public void raw(String... cells) {
        writer.writeRecord(cells);
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
