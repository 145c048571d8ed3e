package id.okoce.adapter.http.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import id.okoce.adapter.http.api.FieldError;
import id.okoce.adapter.http.api.InvalidRequestException;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Reports as CSV, for spreadsheets: asked for by {@code ?format=csv} or by an {@code Accept} header that
 * prefers {@code text/csv}. One header row, then one row per line of the report; numbers as plain digits.
 */
final class ReportCsv {

    /** The media type. */
    static final String CSV = "text/csv";

    /** The query parameter that chooses the format. */
    static final Param FORMAT = Param.query("format", "json (the default) or csv; an Accept header preferring text/csv "
            + "also gives csv");

    private ReportCsv() {
    }

    /** Whether the caller asked for CSV. */
    static boolean wanted(Context ctx) {
        String format = Params.query(ctx, "format", raw -> raw.strip().toLowerCase(Locale.ROOT)).orElse("");
        if (!format.isEmpty() && !format.equals("csv") && !format.equals("json")) {
            throw new InvalidRequestException(FieldError.parameter("format", "FORMAT_UNKNOWN", "format must be json or csv"));
        }
        if (!format.isEmpty()) {
            return format.equals("csv");
        }
        String accept = ctx.header("Accept");
        if (accept == null) {
            return false;
        }
        int csv = accept.indexOf(CSV);
        int json = accept.indexOf("application/json");
        return csv >= 0 && (json < 0 || csv < json);
    }

    /** Answers JSON, or CSV named {@code name}.csv when asked for. */
    static void send(Context ctx, String name, Supplier<Object> json, List<String> header, Supplier<List<List<String>>> rows) {
        ctx.header("Vary", "Accept");
        if (!wanted(ctx)) {
            ctx.json(json.get());
            return;
        }
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
            csv.writeRecord(header);
            for (List<String> row : rows.get()) {
                csv.writeRecord(row);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .contentType(CSV + "; charset=utf-8").result(text.toString());
    }
}
