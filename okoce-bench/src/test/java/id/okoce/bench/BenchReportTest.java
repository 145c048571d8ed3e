package id.okoce.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    @TempDir
    Path dir;

    @Test
    void a_rerun_keeps_the_written_analysis_of_the_earlier_table() throws Exception {
        Path out = dir.resolve("BENCHMARKS.md");
        Files.writeString(out, "# Benchmarks\n\n| old | table |\n\n## Analysis\n\nThe database is the bottleneck.\n");
        assertThat(BenchReport.keptAnalysis(out)).isEqualTo("\n## Analysis\n\nThe database is the bottleneck.\n");
    }

    @Test
    void a_first_run_or_a_table_without_analysis_keeps_nothing() throws Exception {
        Path out = dir.resolve("BENCHMARKS.md");
        assertThat(BenchReport.keptAnalysis(out)).isEmpty();
        Files.writeString(out, "# Benchmarks\n\n| old | table |\n");
        assertThat(BenchReport.keptAnalysis(out)).isEmpty();
    }

    @Test
    void a_rerun_writes_the_new_table_above_the_kept_analysis() throws Exception {
        Path out = dir.resolve("BENCHMARKS.md");
        Files.writeString(out, "# Benchmarks\n\n| old | table |\n\n## Analysis\n\nWhy.\n");
        BenchReport report = new BenchReport();
        report.add(new BenchReport.Row("import", "90,000 rows/s", "raw COPY: 100,000 rows/s", "0.90×", "≥ 0.5×", true));
        report.add(new BenchReport.Row("GET", "5,000 req/s", "pgbench: 20,000 tps", "0.25×", "≥ 0.5×", false));
        report.note("Database: PostgreSQL 18.");
        BenchReport.write(out, report.markdown("bench/run", LocalDate.of(2026, 11, 27), "full run", "2 cores"));

        String written = Files.readString(out);
        assertThat(written).doesNotContain("| old | table |")
                .contains("Measured by `bench/run` on 2026-11-27 (full run).")
                .contains("Machine: 2 cores")
                .contains("| import | 90,000 rows/s | raw COPY: 100,000 rows/s | 0.90× | ≥ 0.5× | yes |")
                .contains("| GET | 5,000 req/s | pgbench: 20,000 tps | 0.25× | ≥ 0.5× | **no** |")
                .contains("- Database: PostgreSQL 18.")
                .endsWith("\n## Analysis\n\nWhy.\n");
        assertThat(written.indexOf("| import |")).isLessThan(written.indexOf("## Analysis"));
    }
}
