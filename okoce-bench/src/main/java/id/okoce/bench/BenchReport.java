package id.okoce.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table a run fills, row by row, with notes under it, and its Markdown form for
 * {@code BENCHMARKS.md}.
 */
final class BenchReport {

    /** The heading under which BENCHMARKS.md explains the figures; written by hand, kept by reruns. */
    static final String ANALYSIS = "## Analysis";

    /**
     * One line of the table.
     *
     * @param figure    what was measured
     * @param measured  the figure
     * @param reference the reference measured in the same run
     * @param ratio     measured ÷ reference (or reference ÷ measured for times)
     * @param goal      the goal
     * @param met       whether the goal is met
     */
    record Row(String figure, String measured, String reference, String ratio, String goal, boolean met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
    }

    void note(String note) {
        notes.add(note);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /**
     * The Markdown page: how it was measured, the machine, the table, the notes.
     *
     * @param command the command that measured it, e.g. {@code bench/run --quick}
     * @param run     what kind of run, e.g. {@code quick run: 200,000 members, 10-second loads}
     */
    String markdown(String command, LocalDate day, String run, String machine) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Measured by `").append(command).append("` on ").append(day).append(" (").append(run).append("). ")
                .append("Every figure stands beside a reference limit measured in the same run on the same embedded PostgreSQL ")
                .append("(durable: fsync and synchronous_commit on). The machine is shared and noisy: compare the ratios, not ")
                .append("the absolute numbers of two runs.\n\n");
        md.append("Machine: ").append(machine).append("\n\n");
        md.append("| Figure | Measured | Reference in the same run | Ratio | Goal | Met |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.figure()).append(" | ").append(row.measured()).append(" | ").append(row.reference()).append(" | ")
                    .append(row.ratio()).append(" | ").append(row.goal()).append(" | ").append(row.met() ? "yes" : "**no**").append(" |\n");
        }
        md.append("\nNotes:\n\n");
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        return md.toString();
    }

    /** Writes {@code markdown} to {@code out}, keeping the written analysis of the file it replaces. */
    static void write(Path out, String markdown) throws IOException {
        Files.writeString(out, markdown + keptAnalysis(out), StandardCharsets.UTF_8);
    }

    /**
     * The written analysis of an earlier full run ({@code ## Analysis} to the end of the file), kept
     * under the new table so a rerun does not erase the profiles behind it.
     */
    static String keptAnalysis(Path out) throws IOException {
        if (!Files.isRegularFile(out)) {
            return "";
        }
        String earlier = Files.readString(out, StandardCharsets.UTF_8);
        int at = earlier.indexOf("\n" + ANALYSIS);
        return at < 0 ? "" : "\n" + earlier.substring(at + 1);
    }

    /** Formats with the root locale (thousands separated by commas, a dot for decimals). */
    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
