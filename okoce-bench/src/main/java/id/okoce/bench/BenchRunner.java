package id.okoce.bench;

import id.okoce.adapter.csv.CsvWriting;
import id.okoce.adapter.jdbc.DatabaseConfig;
import id.okoce.adapter.jdbc.EmbeddedDatabase;
import id.okoce.adapter.jdbc.PostgresDatabase;
import id.okoce.adapter.jdbc.crypto.NikVault;
import id.okoce.app.generate.MemberGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.postgresql.PGConnection;

/**
 * Runs the benchmark suite on one embedded PostgreSQL (durable, as the service runs it) and
 * measures every figure beside a reference limit measured in the same run: the import against a
 * raw COPY of the same rows into a bare table with the same indexes, the HTTP routes (driven by
 * wrk) against pgbench on the same database, the reports against a GROUP BY over the members
 * table. Prints the table and writes it, with the machine's description, to a Markdown file.
 *
 * <p>{@code --quick} uses 200,000 members and 10-second loads; {@code --tiny} (for the test that
 * keeps this runnable) 2,000 members and 1-second loads; the default is 5,000,000 and 30 seconds.
 */
public final class BenchRunner {

    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** The sizes of a run. */
    enum Size {
        FULL(5_000_000, 30, 60, 200, 3),
        QUICK(200_000, 10, 15, 100, 5),
        TINY(2_000, 1, 1, 10, 3);

        final long members;
        final int loadSeconds;
        /** An unmeasured load first: the JIT compiles the hot paths (slowly, on two shared cores). */
        final int warmupSeconds;
        final int reportSamples;
        final int groupBySamples;

        Size(long members, int loadSeconds, int warmupSeconds, int reportSamples, int groupBySamples) {
            this.members = members;
            this.loadSeconds = loadSeconds;
            this.warmupSeconds = warmupSeconds;
            this.reportSamples = reportSamples;
            this.groupBySamples = groupBySamples;
        }
    }

    private final Size size;
    private final Path jar;
    private final Path work;
    private final BenchReport report = new BenchReport();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    BenchRunner(Size size, Path jar, Path work) {
        this.size = size;
        this.jar = jar;
        this.work = work;
    }

    /** {@code [--quick|--tiny] [--out FILE] [--jar okoce.jar] [--work DIR]}. */
    public static void main(String[] args) throws Exception {
        Size size = Size.FULL;
        Path out = Path.of("BENCHMARKS.md");
        Path jar = Path.of("okoce-app/target/okoce.jar");
        Path work = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> size = Size.QUICK;
                case "--tiny" -> size = Size.TINY;
                case "--out" -> out = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("okoce-bench");
        String report;
        try {
            report = new BenchRunner(size, jar.toAbsolutePath(), dir).run();
        } catch (Exception | Error e) {
            say("the run failed; its files (service.log, database) are kept in " + dir.toAbsolutePath());
            throw e;
        }
        BenchReport.write(out, report);
        say(report);
        say("written to " + out.toAbsolutePath());
        if (work == null) {
            deleteTree(dir);
        }
    }

    /** A run in its own temporary directory removes it when done (a full run leaves ~6 GB there). */
    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** A benchmark is a console tool: its table goes to standard output. */
    static void say(String line) {
        System.out.println(line);
    }

    /** Runs every benchmark and returns the Markdown report. */
    String run() throws Exception {
        for (String tool : List.of("wrk", "pgbench")) {
            if (!Processes.available(tool)) {
                throw new IllegalStateException(tool + " is not installed: run bench/run, which installs it");
            }
        }
        ZonedDateTime started = ZonedDateTime.now();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(work.resolve("pg"), OptionalInt.of(LoadDrivers.freePort()),
                EmbeddedDatabase.Durability.DURABLE)) {
            DatabaseConfig owner = db.ownerConfig(8);
            // the suite's own connections (references, checks, CHECKPOINT at millions of rows) are the
            // owner's and not requests: they are not held to the service's per-call bound
            DatabaseConfig unbounded = owner.withTimeout(Duration.ofHours(1));
            try (PostgresDatabase pool = PostgresDatabase.open(unbounded)) {
                pool.migrate(NikVault.watching(db.keyFile()));
                Sql.query(pool, "SELECT version()", rs -> report.note("Database: " + rs.getString(1) + "."));
                Path file = work.resolve("members.csv");
                generate(file);
                long reference = referenceCopy(pool, file);
                Path settings = settingsFile(db.config(8), owner, db.keyFile());
                importMembers(settings, file, reference);
                String token = lastLine(Processes.check(cli("token", "create", "--role", "HUB_ADMIN", "--config", settings.toString()),
                        work, 120));
                int port = LoadDrivers.freePort();
                HttpBenchmarks http = new HttpBenchmarks(size, work, report, owner.password());
                LoadDrivers.HttpLoad withRecords;
                LoadDrivers.HttpLoad checked;
                Process service = serve(settings, port, "service.log");
                try {
                    reports(pool, port, token);
                    page(port, token);
                    double bare = http.bareJavalin();
                    checked = http.postMembers(pool, db.port(), port, token, bare);
                    withRecords = http.getMembers(pool, db.port(), port, token, bare);
                    http.search(pool, db.port(), port, token, file);
                } finally {
                    stop(service);
                }
                Process unrecorded = serve(settings, port, "service-without-read-records.log", "--read-records", "off");
                try {
                    http.readRecordCost(port, token, withRecords);
                } finally {
                    stop(unrecorded);
                }
                Process unchecked = serve(settings, port, "service-without-duplicate-check.log", "--duplicate-check", "off");
                try {
                    http.duplicateCheckCost(port, token, checked);
                } finally {
                    stop(unchecked);
                }
            }
        }
        eligibility();
        return markdown(started);
    }

    /** Starts the service on the suite's database, with {@code more} settings, and waits until it answers. */
    private Process serve(Path settings, int port, String log, String... more) throws IOException, InterruptedException {
        List<String> command = cli("serve", "--config", settings.toString(), "--port", Integer.toString(port), "--host", "127.0.0.1");
        command.addAll(Arrays.asList(more));
        Process service = Processes.start(command, work, work.resolve(log));
        awaitHealth(port);
        return service;
    }

    private static void stop(Process service) throws InterruptedException {
        service.destroy();
        service.waitFor();
    }

    private List<String> cli(String... args) {
        List<String> command = Processes.command(Processes.java(), "-jar", jar.toString());
        command.addAll(Arrays.asList(args));
        return command;
    }

    private void generate(Path file) throws IOException {
        long start = System.nanoTime();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
             CsvWriting csv = CsvWriting.members(out)) {
            new MemberGenerator(new MemberGenerator.Options(size.members, 2018, false, 0, false), LocalDate.now()).write(csv);
        }
        report.note(BenchReport.format("Generated %,d members (2018 shape, seed 2018, %.0f MB) in %.1f s.", size.members,
                Files.size(file) / 1e6, (System.nanoTime() - start) / 1e9));
    }

    /** Raw COPY of the same file into a bare table with the same indexes as members; rows/s. */
    private long referenceCopy(PostgresDatabase pool, Path file) throws SQLException, IOException {
        Sql.execute(pool, "DROP TABLE IF EXISTS bench_copy");
        Sql.execute(pool, """
                CREATE TABLE bench_copy (id uuid PRIMARY KEY DEFAULT uuidv7(), sequence bigserial, nik text, full_name text,
                    phone text, kecamatan text, business_name text, sector text, business_started_on date, nib text,
                    registered_on date, p2_on date, p2_certificate text, p3_on date, p4_on date, p4_licence_type text,
                    p4_licence_number text, p5_on date, p6_on date, p7_on date, p7_reference text,
                    province text GENERATED ALWAYS AS (left(kecamatan, 2)) STORED)""");
        // the indexes of members an import fills: the unique NIK and member number, phone, name
        Sql.execute(pool, "CREATE UNIQUE INDEX ON bench_copy (nik)");
        Sql.execute(pool, "CREATE UNIQUE INDEX ON bench_copy (province, sequence)");
        Sql.execute(pool, "CREATE INDEX ON bench_copy (phone)");
        Sql.execute(pool, "CREATE INDEX ON bench_copy (full_name, province, sequence)");
        long start = System.nanoTime();
        try (Connection c = pool.dataSource().getConnection(); Reader in = Files.newBufferedReader(file)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy (nik, full_name, phone, kecamatan, business_name, "
                    + "sector, business_started_on, nib, registered_on, p2_on, p2_certificate, p3_on, p4_on, p4_licence_type, "
                    + "p4_licence_number, p5_on, p6_on, p7_on, p7_reference) FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Sql.execute(pool, "DROP TABLE bench_copy");
        Sql.execute(pool, "CHECKPOINT");
        return Math.round(size.members / seconds);
    }

    /**
     * The settings the suite's service and commands run with, in a properties file only its owner may
     * read (the database password is in it, never on a command line).
     */
    private Path settingsFile(DatabaseConfig service, DatabaseConfig owner, Path keyFile) throws IOException {
        Path file = work.resolve("okoce-bench.properties");
        java.util.Properties p = new java.util.Properties();
        p.setProperty("okoce.db.url", service.url());
        p.setProperty("okoce.db.user", service.user());
        p.setProperty("okoce.db.password", service.password());
        p.setProperty("okoce.db.owner-user", owner.user());
        p.setProperty("okoce.db.owner-password", owner.password());
        p.setProperty("okoce.key-file", keyFile.toString());
        Files.deleteIfExists(file);
        Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        try (var out = Files.newBufferedWriter(file)) {
            p.store(out, "the benchmark suite's settings");
        }
        return file;
    }

    private void importMembers(Path settings, Path file, long reference) throws IOException {
        Path gcLog = work.resolve("import-gc.log");
        List<String> command = Processes.command(Processes.java(), "-Xmx256m", "-Xlog:gc:file=" + gcLog, "-jar", jar.toString(),
                "import", "members", file.toString(), "--config", settings.toString(), "--no-progress");
        long start = System.nanoTime();
        String output = Processes.check(command, work, 3600);
        double seconds = (System.nanoTime() - start) / 1e9;
        long rate = Math.round(size.members / seconds);
        double ratio = (double) rate / reference;
        report.add(new BenchReport.Row(BenchReport.format("import %,d generated members (CLI, per-row, whole process)", size.members),
                BenchReport.format("%,d rows/s", rate),
                BenchReport.format("raw COPY, bare table, same indexes: %,d rows/s", reference),
                BenchReport.format("%.2f×", ratio), "≥ 0.5× and ≥ 100,000 rows/s", ratio >= 0.5 && rate >= 100_000));
        report.note("Import summary: " + output.lines().filter(l -> l.contains("rows in") || l.contains("inserted"))
                .map(String::strip).reduce((a, b) -> a + "; " + b).orElse(output.strip()));
        long peak = 0;
        long cap = 256;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_HEAP.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
                cap = Long.parseLong(m.group(3));
            }
        }
        report.add(new BenchReport.Row(BenchReport.format("import heap for %,d rows (-Xmx256m)", size.members),
                "peak " + peak + " MB (heap " + cap + " MB)", BenchReport.format("file %.0f MB", Files.size(file) / 1e6), "—",
                "≤ 256 MB", peak <= 256));
    }

    /** The dashboard's first view in headless Chromium, beside the page's empty shell in the same browser. */
    private void page(int port, String token) throws IOException {
        if (!PageTiming.available()) {
            report.note("The dashboard was not timed: Debian's chromium and chromium-driver are not installed (bench/run installs them).");
            return;
        }
        PageTiming.Figures f = PageTiming.measure("http://127.0.0.1:" + port, token, 10);
        report.add(new BenchReport.Row(BenchReport.format("dashboard first view at %,d members (headless Chromium, empty cache)",
                size.members), BenchReport.format("%.0f ms", f.coldMs()),
                BenchReport.format("the page's empty shell, cached: %.0f ms", f.shellMs()), "—", "< 1 s", f.coldMs() < 1000));
        report.add(new BenchReport.Row(BenchReport.format("dashboard view at %,d members, files cached (10 reloads)", size.members),
                BenchReport.format("median %.0f ms, max %.0f ms", f.warmMedian(), f.warmMax()),
                BenchReport.format("the page's empty shell, cached: %.0f ms", f.shellMs()),
                BenchReport.format("%.1f× the shell", f.warmMedian() / Math.max(1, f.shellMs())), "< 1 s", f.warmMax() < 1000));
    }

    private void reports(PostgresDatabase pool, int port, String token) throws Exception {
        Map<String, Long> fullCount = new HashMap<>();
        List<Double> groupBy = new ArrayList<>();
        for (int i = 0; i < size.groupBySamples; i++) {
            long start = System.nanoTime();
            Sql.query(pool, "SELECT province, count(*), count(p2_on), count(p3_on), count(p4_on), count(p5_on), count(p6_on), count(p7_on) "
                    + "FROM members GROUP BY province", rs -> fullCount.put(rs.getString(1), rs.getLong(2)));
            groupBy.add((System.nanoTime() - start) / 1e6);
        }
        double reference = median(groupBy);
        String[] paths = {"/api/v1/reports/members-by-province", "/api/v1/reports/stage-funnel",
            "/api/v1/reports/stage-funnel?province=31", "/api/v1/reports/target",
            "/api/v1/reports/stage-funnel?on=2021-06-15", "/api/v1/reports/target?on=2019-12-31",
            "/api/v1/reports/target-by-province?on=2022-03-15", "/api/v1/reports/monthly",
            "/api/v1/reports/regions", "/api/v1/reports/regions?province=32", "/api/v1/reports/regions?kabupaten=31.71",
            "/api/v1/reports/members-by-sex-and-age", "/api/v1/reports/cohorts?from=2019-01&to=2019-12&within=90",
            "/api/v1/reports/partners", "/api/v1/reports/stage-funnel?format=csv"};
        for (String path : paths) {
            List<Double> times = new ArrayList<>();
            String body = "";
            for (int i = 0; i < size.reportSamples + 20; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = get(port, path, token);
                double ms = (System.nanoTime() - start) / 1e6;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
                }
                body = response.body();
                if (i >= 20) {
                    times.add(ms);
                }
            }
            double p50 = median(times);
            report.add(new BenchReport.Row(BenchReport.format("GET %s at %,d members, p50", path, size.members),
                    BenchReport.format("%.2f ms", p50),
                    BenchReport.format("SELECT … GROUP BY over members: %.1f ms", reference),
                    BenchReport.format("%.1f× the GROUP BY speed", reference / p50), "< 10 ms", p50 < 10));
            if (path.endsWith("members-by-province")) {
                long apiTotal = Long.parseLong(body.replaceAll(".*\"total\":(\\d+).*", "$1"));
                long tableTotal = fullCount.values().stream().mapToLong(Long::longValue).sum();
                report.note("Members by province agrees with a full count of the members table: " + (apiTotal == tableTotal)
                        + " (" + apiTotal + " = " + tableTotal + ").");
            }
            if (path.equals("/api/v1/reports/target?on=2019-12-31")) {
                long apiCount = Long.parseLong(body.replaceAll(".*\"count\":(\\d+).*", "$1"));
                long[] tableCount = new long[1];
                Sql.query(pool, "SELECT count(*) FROM members WHERE p4_on <= DATE '2019-12-31'", rs -> tableCount[0] = rs.getLong(1));
                report.note("The target as of 2019-12-31 agrees with a full count of members licensed (P4) by then: "
                        + (apiCount == tableCount[0]) + " (" + apiCount + " = " + tableCount[0] + ").");
            }
        }
    }

    private void eligibility() throws RunnerException {
        Options options = new OptionsBuilder().include(EligibilityBenchmark.class.getSimpleName()).forks(size == Size.TINY ? 0 : 1)
                .warmupIterations(size == Size.TINY ? 1 : 3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(size == Size.TINY ? 1 : 5).measurementTime(TimeValue.seconds(1)).build();
        double micros = 0;
        for (RunResult result : new Runner(options).run()) {
            micros = result.getPrimaryResult().getScore();
        }
        report.add(new BenchReport.Row("eligibility of one member for one product, 8 rules (JMH, average)",
                BenchReport.format("%.3f µs", micros), "—", "—", "< 5 µs", micros < 5));
    }

    private String markdown(ZonedDateTime started) {
        String mode = size.name().toLowerCase(Locale.ROOT);
        return report.markdown(size == Size.FULL ? "bench/run" : "bench/run --" + mode, started.toLocalDate(),
                BenchReport.format("%s run: %,d members, %d-second loads", mode, size.members, size.loadSeconds), Machine.describe());
    }

    private HttpResponse<String> get(int port, String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitHealth(int port) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            try {
                if (get(port, "/health", "none").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not start; see " + work.resolve("service.log"));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1].strip();
    }

}
