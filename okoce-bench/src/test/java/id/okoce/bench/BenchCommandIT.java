package id.okoce.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the documented bench command, {@code bench/run --tiny}, on the jars this build has just
 * packaged, so the benchmark suite cannot rot: every stage (generate, raw COPY, import, reports,
 * wrk and pgbench loads, JMH) must run and land in the table.
 */
class BenchCommandIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void the_bench_command_runs_every_benchmark_at_tiny_size_and_writes_the_table(@TempDir Path work)
            throws IOException, InterruptedException {
        Path out = ROOT.resolve("target/BENCHMARKS-tiny.md");
        Files.deleteIfExists(out);
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("bench/run").toString(), "--tiny", "--work", work.toString())
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("bench.log").toFile());
        builder.environment().put("OKOCE_BENCH_NO_BUILD", "1");
        Process process = builder.start();
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        String log = Files.readString(work.resolve("bench.log"), StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("bench/run --tiny ended in time; log:%n%s", log).isTrue();
        assertThat(process.exitValue()).as("exit code; log:%n%s", log).isZero();

        String table = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(table).contains("Machine: ", "tiny run: 2,000 members");
        assertThat(table).containsPattern("\\| import 2,000 generated members .*\\| [0-9,]+ rows/s \\| raw COPY.*: [0-9,]+ rows/s \\|");
        assertThat(table).containsPattern("\\| import heap .*\\| peak \\d+ MB");
        assertThat(table).containsPattern("\\| GET /api/v1/reports/members-by-province at 2,000 members, p50 \\| [0-9.]+ ms");
        assertThat(table).containsPattern("\\| GET /api/v1/reports/stage-funnel\\?province=31 .*\\| [0-9.]+ ms");
        assertThat(table).containsPattern("\\| GET /api/v1/reports/target .*\\| [0-9.]+ ms");
        assertThat(table).containsPattern("\\| POST /api/v1/members, 64 connections \\| [0-9,]+ req/s, p99 [0-9.]+ ms \\| pgbench .*: [0-9,]+ tps");
        assertThat(table).containsPattern("\\| GET /api/v1/members/\\{id\\}, 64 connections \\| [0-9,]+ req/s, p99 [0-9.]+ ms \\| pgbench");
        assertThat(table).containsPattern("\\| eligibility .*\\| [0-9.]+ µs");
        assertThat(table).contains("Members by province agrees with a full count of the members table: true");
        assertThat(table).doesNotContain("responses were not 2xx");
    }
}
