package id.okoce.adapter.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.okoce.application.port.out.MemberFileReader;
import id.okoce.application.port.out.RawMemberRow;
import id.okoce.domain.importing.ImportError;
import id.okoce.domain.shared.DomainException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Reads member CSV files (UTF-8, a BOM allowed) one record at a time. */
public final class CsvMemberFileReader implements MemberFileReader {

    @Override
    public Rows open(Path file) {
        CsvReader<CsvRecord> reader;
        try {
            reader = CsvReader.builder().skipEmptyLines(true).detectBomHeader(true).allowExtraFields(true)
                    .allowMissingFields(true).maxBufferSize(1024 * 1024).ofCsvRecord(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName(), e);
        }
        Iterator<CsvRecord> records = reader.iterator();
        List<String> header = records.hasNext() ? records.next().getFields().stream().map(String::strip).toList() : List.of();
        if (!header.equals(MemberCsv.COLUMNS)) {
            close(reader);
            throw new DomainException(ImportError.IMPORT_HEADER_INVALID, "header",
                    "the first row must be the header " + String.join(",", MemberCsv.COLUMNS));
        }
        return new Rows() {
            @Override
            public Iterator<RawMemberRow> iterator() {
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        try {
                            return records.hasNext();
                        } catch (CsvParseException e) {
                            throw new UncheckedIOException(new IOException("the file cannot be read as CSV: " + e.getMessage()));
                        }
                    }

                    @Override
                    public RawMemberRow next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return row(records.next());
                    }
                };
            }

            @Override
            public void close() {
                CsvMemberFileReader.close(reader);
            }
        };
    }

    private static void close(CsvReader<CsvRecord> reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawMemberRow row(CsvRecord record) {
        long line = record.getStartingLineNumber();
        if (record.getFieldCount() != MemberCsv.COLUMNS.size()) {
            return RawMemberRow.malformed(line, "expected " + MemberCsv.COLUMNS.size() + " columns, got " + record.getFieldCount());
        }
        String[] f = new String[MemberCsv.COLUMNS.size()];
        for (int i = 0; i < f.length; i++) {
            String value = record.getField(i).strip();
            if (value.indexOf('\u0000') >= 0) {
                return RawMemberRow.malformed(line, "column " + MemberCsv.COLUMNS.get(i) + " contains a NUL character (U+0000)");
            }
            f[i] = value.isEmpty() ? null : value;
        }
        return new RawMemberRow(line, Optional.empty(), f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11],
                f[12], f[13], f[14], f[15], f[16], f[17], f[18]);
    }
}
