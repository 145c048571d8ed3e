package id.okoce.adapter.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import id.okoce.application.port.out.ImportErrorReport;
import id.okoce.domain.importing.RowError;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The error report of a member import as CSV ({@code line,field,code,message}), the field named
 * by its column in the member format: what the API serves and what the command line writes beside
 * the file are this one format.
 */
public final class CsvErrorReport implements ImportErrorReport {

    /** The header row. */
    public static final List<String> HEADER = List.of("line", "field", "code", "message");

    @Override
    public String mediaType() {
        return "text/csv; charset=utf-8";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public ImportErrorReport.Writer open(OutputStream out) {
        java.io.Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(64 * 1024).build(text);
        csv.writeRecord(HEADER);
        return new ImportErrorReport.Writer() {
            @Override
            public void write(RowError error) {
                csv.writeRecord(Long.toString(error.line()), MemberColumn.headerOf(error.field()), error.code(), error.message());
            }

            @Override
            public void close() {
                try {
                    csv.flush();
                    text.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
