package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The okoce command line: help everywhere, migrate, token create/revoke, one-line failures. */
class CommandLineTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1].strip();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void every_command_has_help() {
        for (String[] command : new String[][] {{"--help"}, {"serve", "--help"}, {"migrate", "--help"}, {"token", "--help"},
            {"token", "create", "--help"}, {"token", "revoke", "--help"}}) {
            Run run = run(command);
            assertThat(run.code()).as(String.join(" ", command)).isZero();
            assertThat(run.out()).contains("Usage:");
        }
        assertThat(run("serve", "--help").out()).contains("--port", "--data-dir", "--db-url");
        assertThat(run("token", "create", "--help").out()).contains("--role", "--partner", "--bank");
    }

    @Test
    void migrate_then_create_a_token_that_the_service_accepts_then_revoke_it() {
        String data = dir.resolve("data").toString();
        Run migrate = run("migrate", "--data-dir", data);
        assertThat(migrate.code()).as(migrate.err()).isZero();
        assertThat(migrate.out()).containsPattern("schema at version [1-9][0-9]*");

        Run create = run("token", "create", "--role", "HUB_ADMIN", "--data-dir", data);
        assertThat(create.code()).as(create.err()).isZero();
        String token = create.lastLine();
        assertThat(token).startsWith("okoce_");
        String id = create.out().replaceAll("(?s).*token ([0-9a-f-]{36}).*", "$1");

        try (OkoceService service = OkoceService.start(Settings.load(Map.of("--port", "0", "--host", "127.0.0.1", "--data-dir", data),
                Map.of(), Optional.empty()), new PrintWriter(new StringWriter()))) {
            assertThat(new Api(service.port(), token).get("/api/v1/reports/target").status()).isEqualTo(200);
        }
        Run revoke = run("token", "revoke", id, "--data-dir", data);
        assertThat(revoke.code()).as(revoke.err()).isZero();
        try (OkoceService service = OkoceService.start(Settings.load(Map.of("--port", "0", "--host", "127.0.0.1", "--data-dir", data),
                Map.of(), Optional.empty()), new PrintWriter(new StringWriter()))) {
            assertThat(new Api(service.port(), token).get("/api/v1/reports/target").status()).isEqualTo(401);
        }
    }

    @Test
    void failures_are_one_line_without_a_stack_trace() throws Exception {
        Run partnerWithoutId = run("token", "create", "--role", "PARTNER", "--data-dir", dir.resolve("d2").toString());
        assertThat(partnerWithoutId.code()).isEqualTo(2);
        assertThat(partnerWithoutId.err()).startsWith("okoce: ").contains("partnerId").doesNotContain("\tat ");
        assertThat(partnerWithoutId.err().strip().lines().count()).isEqualTo(1);

        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Run noKeys = run("migrate", "--db-url", "jdbc:postgresql://127.0.0.1:" + closed + "/okoce");
        assertThat(noKeys.code()).isEqualTo(2);
        assertThat(noKeys.err()).contains("--key-file", "okoce keys init").doesNotContain("\tat ");
        assertThat(run("keys", "init", "--key-file", dir.resolve("keys").toString()).code()).isZero();
        assertThat(run("keys", "init", "--key-file", dir.resolve("keys").toString()).err())
                .as("an existing key file is never replaced").contains("never replaced");
        Run unreachable = run("migrate", "--db-url", "jdbc:postgresql://127.0.0.1:" + closed + "/okoce", "--db-password", "rahasia",
                "--key-file", dir.resolve("keys").toString());
        assertThat(unreachable.code()).isEqualTo(2);
        assertThat(unreachable.err()).contains("OKOCE_DB_URL").doesNotContain("rahasia").doesNotContain("\tat ");
        assertThat(unreachable.err().strip().lines().count()).isEqualTo(1);

        Run badPort = run("migrate", "--port", "seventy");
        assertThat(badPort.code()).isEqualTo(2);
        assertThat(badPort.err()).contains("port must be a whole number");
    }

    @Test
    void generate_is_reproducible_and_shaped_like_2018() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        assertThat(run("generate", "members", "--count", "2000", "--seed", "42", "-o", a.toString()).code()).isZero();
        assertThat(run("generate", "members", "--count", "2000", "--seed", "42", "-o", b.toString()).code()).isZero();
        assertThat(run("generate", "members", "--count", "2000", "--seed", "43", "-o", c.toString()).code()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).isNotEqualTo(Files.readAllBytes(c));
        List<String> rows = Files.readAllLines(a).subList(1, 2001);
        long dki = rows.stream().filter(r -> r.split(",")[3].startsWith("31.")).count();
        long trained = rows.stream().filter(r -> !r.split(",", -1)[9].isEmpty()).count();
        assertThat(dki).isBetween(1650L, 1830L);
        assertThat(trained).isBetween((long) (dki * 0.25), (long) (dki * 0.43));
        Run stdout = run("generate", "members", "--count", "3", "--seed", "42");
        assertThat(stdout.out().lines().count()).isEqualTo(4);
        assertThat(stdout.out()).startsWith("nik,full_name,phone,kecamatan");
    }

    @Test
    void import_members_reports_bad_rows_and_a_rerun_inserts_nothing() throws Exception {
        Path file = dir.resolve("anggota.csv");
        assertThat(run("generate", "members", "--count", "3000", "--seed", "5", "--bad-share", "0.01", "-o", file.toString()).code()).isZero();
        String data = dir.resolve("data").toString();
        Run first = run("import", "members", file.toString(), "--data-dir", data, "--no-progress");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("COMPLETED (per-row): 3000 rows", "inserted 2970, already present 0, refused 30");
        assertThat(dir.resolve("anggota.csv.errors.csv")).as("the README names it FILE.errors.csv").doesNotExist();
        List<String> errors = Files.readAllLines(dir.resolve("anggota.errors.csv"));
        assertThat(errors.get(0)).isEqualTo("line,field,code,message");
        assertThat(errors.size()).isGreaterThan(30);
        Run again = run("import", "members", file.toString(), "--data-dir", data, "--no-progress");
        assertThat(again.out()).contains("inserted 0, already present 2970, refused 30");
        Run strict = run("import", "members", file.toString(), "--data-dir", data, "--no-progress", "--mode", "all-or-nothing");
        assertThat(strict.code()).isEqualTo(3);
        assertThat(strict.out()).contains("ROLLED_BACK", "nothing was written");
        Run missing = run("import", "members", dir.resolve("nope.csv").toString(), "--data-dir", data);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void stopping_an_import_with_sigterm_prints_what_was_committed_and_a_rerun_takes_it_from_there() throws Exception {
        Path file = dir.resolve("besar.csv");
        assertThat(run("generate", "members", "--count", "400000", "--seed", "9", "-o", file.toString()).code()).isZero();
        String data = dir.resolve("data").toString();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "import", "members", file.toString(), "--data-dir", data,
                "--no-progress").redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while (!Files.readString(dir.resolve("err.txt")).contains("schema") && !Files.readString(dir.resolve("err.txt"))
                .contains("embedded PostgreSQL on port") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(2500);
        assertThat(child.isAlive()).as("the import is still running when it is stopped").isTrue();
        child.destroy();
        assertThat(child.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve("out.txt"));
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(out).contains("STOPPED (per-row)").contains("members were committed in whole batches; a rerun of the same file skips them");
        assertThat(err).as("no stack trace").doesNotContain("Exception").doesNotContain("\tat ");
        long committed = Long.parseLong(out.replaceAll("(?s).*stopped on request: (\\d+) members.*", "$1"));
        assertThat(committed % 20_000).as("whole batches only").isZero();

        Run rerun = run("import", "members", file.toString(), "--data-dir", data, "--no-progress");
        assertThat(rerun.code()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("inserted " + (400_000 - committed) + ", already present " + committed + ", refused 0");
    }
}
