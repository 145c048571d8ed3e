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
 * Runs the documented durability drill, {@code bench/faults}, for three cycles on the jars this
 * build has just packaged: PostgreSQL killed, the service killed, both killed, under eight
 * concurrent writers — and every acknowledged write must survive exactly once.
 */
class FaultDrillIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void three_kill_cycles_lose_and_double_nothing(@TempDir Path work) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("bench/faults").toString(), "--cycles", "3", "--work", work.toString())
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("drill.log").toFile());
        builder.environment().put("OKOCE_BENCH_NO_BUILD", "1");
        Process process = builder.start();
        boolean ended = process.waitFor(8, TimeUnit.MINUTES);
        String log = Files.readString(work.resolve("drill.log"), StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("the drill ended in time; log:%n%s", log).isTrue();
        assertThat(log).contains("cycle 1: kill -9 of PostgreSQL", "cycle 2: kill -9 of the service", "cycle 3: kill -9 of both");
        assertThat(log).contains("every acknowledged registration is stored: true", "every acknowledged stage completion is stored: true",
                "no registration stored twice or unasked: true", "no writer was told anything but its own request's outcome: true",
                "report counters equal a full count of the members table: true", "the drill held");
        assertThat(process.exitValue()).as("exit code; log:%n%s", log).isZero();
    }
}
