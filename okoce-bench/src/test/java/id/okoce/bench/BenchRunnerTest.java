package id.okoce.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchRunnerTest {

    @TempDir
    Path dir;

    @Test
    void a_rerun_keeps_the_written_analysis_of_the_earlier_table() throws Exception {
        Path out = dir.resolve("BENCHMARKS.md");
        Files.writeString(out, "# Benchmarks\n\n| old | table |\n\n## Analysis\n\nThe database is the bottleneck.\n");
        assertThat(BenchRunner.keptAnalysis(out)).isEqualTo("\n## Analysis\n\nThe database is the bottleneck.\n");
    }

    @Test
    void a_first_run_or_a_table_without_analysis_keeps_nothing() throws Exception {
        Path out = dir.resolve("BENCHMARKS.md");
        assertThat(BenchRunner.keptAnalysis(out)).isEmpty();
        Files.writeString(out, "# Benchmarks\n\n| old | table |\n");
        assertThat(BenchRunner.keptAnalysis(out)).isEmpty();
    }
}
