package id.okoce.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server after crashes: a server left running by an owner that was killed is stopped
 * and the directory reused within seconds; a live owner, or a PostgreSQL the service did not start,
 * is refused naming its PID; a server that dies under a running owner is restarted.
 */
class EmbeddedRecoveryTest {

    @TempDir
    Path dir;

    /** A child JVM owning {@code data}; returns it once its server runs, with the server's PID. */
    private record Owner(Process process, long serverPid) {
    }

    private static Owner owner(Path data) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedOwner.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String line; System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
            if (line.startsWith("READY ")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return new Owner(process, Long.parseLong(line.substring(6).strip()));
            }
        }
        process.destroyForcibly();
        throw new AssertionError("the owner did not start its database");
    }

    private static String kept(EmbeddedDatabase embedded) throws Exception {
        try (PostgresDatabase database = PostgresDatabase.open(embedded.ownerConfig(1));
             Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT string_agg(note, ';') FROM kept")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void a_server_left_running_by_a_killed_owner_is_stopped_and_the_directory_reused_within_seconds() throws Exception {
        Path data = dir.resolve("data");
        Owner owner = owner(data);
        owner.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(Postmaster.running(owner.serverPid())).as("the server outlives its killed owner").isTrue();

        long start = System.nanoTime();
        try (EmbeddedDatabase embedded = EmbeddedDatabase.start(data, OptionalInt.empty(), EmbeddedDatabase.Durability.DURABLE)) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the restart takes seconds").isLessThan(Duration.ofSeconds(15));
            assertThat(Postmaster.running(owner.serverPid())).as("the leftover server was stopped").isFalse();
            assertThat(embedded.serverPid()).isNotEqualTo(owner.serverPid());
            assertThat(kept(embedded)).isEqualTo("written before the owner was killed");
        }
    }

    @Test
    void a_directory_owned_by_a_live_process_is_refused_naming_its_pid() throws Exception {
        Path data = dir.resolve("data");
        Owner owner = owner(data);
        try {
            assertThatThrownBy(() -> EmbeddedDatabase.start(data, OptionalInt.empty(), EmbeddedDatabase.Durability.FAST))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("PID " + owner.process().pid())
                    .hasMessageContaining("OKOCE_DATA_DIR")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(Postmaster.running(owner.serverPid())).as("the owner's server is left alone").isTrue();
        } finally {
            owner.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            try (EmbeddedDatabase cleanup = EmbeddedDatabase.start(data, OptionalInt.empty(), EmbeddedDatabase.Durability.FAST)) {
                assertThat(cleanup.serverPid()).isPositive();
            }
        }
    }

    @Test
    void a_postgresql_the_service_did_not_start_is_refused_naming_its_pid() throws Exception {
        Path data = dir.resolve("data");
        Path pgCtl;
        try (EmbeddedDatabase first = EmbeddedDatabase.start(data, OptionalInt.empty(), EmbeddedDatabase.Durability.FAST)) {
            pgCtl = Postmaster.of(first.postgresDirectory()).orElseThrow().pgCtl().orElseThrow();
        }
        Path pgdata = data.resolve("postgres");
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThat(Postmaster.run(Postmaster.asPostgresUser(List.of(pgCtl.toString(), "-D", pgdata.toString(),
                "-o", "-p " + port + " -c unix_socket_directories=", "-l", dir.resolve("foreign.log").toString(), "-w", "start")),
                Duration.ofSeconds(60))).isZero();
        Postmaster foreign = Postmaster.of(pgdata).orElseThrow();
        try {
            assertThatThrownBy(() -> EmbeddedDatabase.start(data, OptionalInt.empty(), EmbeddedDatabase.Durability.FAST))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("did not start")
                    .hasMessageContaining("PID " + foreign.pid());
            assertThat(foreign.running()).as("a server the service did not start is not stopped by it").isTrue();
        } finally {
            foreign.stop(pgdata, Duration.ofSeconds(30));
        }
    }

    @Test
    void a_server_that_dies_under_a_running_owner_is_restarted_with_nothing_lost() throws Exception {
        try (EmbeddedDatabase embedded = EmbeddedDatabase.start(dir.resolve("data"), OptionalInt.empty(),
                EmbeddedDatabase.Durability.DURABLE);
             PostgresDatabase database = PostgresDatabase.open(embedded.ownerConfig(2))) {
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (note text)");
                s.execute("INSERT INTO kept VALUES ('committed before the crash')");
            }
            embedded.superviseRestarts();
            long killed = embedded.serverPid();
            ProcessHandle.of(killed).orElseThrow().destroyForcibly();
            long start = System.nanoTime();
            while (embedded.serverPid() == killed && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20)) {
                Thread.sleep(50);
            }
            assertThat(embedded.serverPid()).as("a new server runs").isNotEqualTo(killed);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("within 10 s").isLessThan(Duration.ofSeconds(10));
            assertThat(kept(embedded)).isEqualTo("committed before the crash");
        }
    }
}
