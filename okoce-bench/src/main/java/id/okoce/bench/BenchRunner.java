package id.okoce.bench;

import id.okoce.adapter.csv.CsvWriting;
import id.okoce.adapter.jdbc.DatabaseConfig;
import id.okoce.adapter.jdbc.EmbeddedDatabase;
import id.okoce.adapter.jdbc.PostgresDatabase;
import id.okoce.app.generate.MemberGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.javalin.Javalin;
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

    private static final Pattern WRK_RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern WRK_P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern WRK_ERRORS = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern PGBENCH_TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern PGBENCH_LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
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

    private final Size size;
    private final Path jar;
    private final Path work;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
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
        String report = new BenchRunner(size, jar.toAbsolutePath(), dir).run();
        Files.writeString(out, report + keptAnalysis(out), StandardCharsets.UTF_8);
        say(report);
        say("written to " + out.toAbsolutePath());
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

    /** The heading under which BENCHMARKS.md explains the figures; written by hand, kept by reruns. */
    static final String ANALYSIS = "## Analysis";

    /** A benchmark is a console tool: its table goes to standard output. */
    private static void say(String line) {
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
        try (EmbeddedDatabase db = EmbeddedDatabase.start(work.resolve("pg"), OptionalInt.of(freePort()),
                EmbeddedDatabase.Durability.DURABLE)) {
            DatabaseConfig config = db.config(8);
            try (PostgresDatabase pool = PostgresDatabase.open(config)) {
                pool.migrate();
                query(pool, "SELECT version()", rs -> notes.add("Database: " + rs.getString(1) + "."));
                Path file = work.resolve("members.csv");
                generate(file);
                long reference = referenceCopy(pool, file);
                importMembers(config, file, reference);
                String token = lastLine(Processes.check(cli("token", "create", "--role", "HUB_ADMIN", "--db-url", config.url(),
                        "--db-user", config.user()), work, 120));
                int port = freePort();
                Process service = Processes.start(cli("serve", "--db-url", config.url(), "--db-user", config.user(), "--port",
                        Integer.toString(port), "--host", "127.0.0.1"), work, work.resolve("service.log"));
                try {
                    awaitHealth(port);
                    reports(pool, port, token);
                    double bare = bareJavalin();
                    postMembers(pool, db.port(), port, token, bare);
                    getMembers(pool, db.port(), port, token, bare);
                } finally {
                    service.destroy();
                    service.waitFor();
                }
            }
        }
        eligibility();
        return markdown(started);
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
        notes.add(String.format(Locale.ROOT, "Generated %,d members (2018 shape, seed 2018, %.0f MB) in %.1f s.", size.members,
                Files.size(file) / 1e6, (System.nanoTime() - start) / 1e9));
    }

    /** Raw COPY of the same file into a bare table with the same indexes as members; rows/s. */
    private long referenceCopy(PostgresDatabase pool, Path file) throws SQLException, IOException {
        execute(pool, "DROP TABLE IF EXISTS bench_copy");
        execute(pool, """
                CREATE TABLE bench_copy (id uuid PRIMARY KEY DEFAULT uuidv7(), sequence bigserial, nik text, full_name text,
                    phone text, kecamatan text, business_name text, sector text, business_started_on date, nib text,
                    registered_on date, p2_on date, p2_certificate text, p3_on date, p4_on date, p4_licence_type text,
                    p4_licence_number text, p5_on date, p6_on date, p7_on date, p7_reference text,
                    province text GENERATED ALWAYS AS (left(kecamatan, 2)) STORED)""");
        execute(pool, "CREATE UNIQUE INDEX ON bench_copy (nik)");
        execute(pool, "CREATE UNIQUE INDEX ON bench_copy (province, sequence)");
        long start = System.nanoTime();
        try (Connection c = pool.dataSource().getConnection(); Reader in = Files.newBufferedReader(file)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy (nik, full_name, phone, kecamatan, business_name, "
                    + "sector, business_started_on, nib, registered_on, p2_on, p2_certificate, p3_on, p4_on, p4_licence_type, "
                    + "p4_licence_number, p5_on, p6_on, p7_on, p7_reference) FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        execute(pool, "DROP TABLE bench_copy");
        execute(pool, "CHECKPOINT");
        return Math.round(size.members / seconds);
    }

    private void importMembers(DatabaseConfig config, Path file, long reference) throws IOException {
        Path gcLog = work.resolve("import-gc.log");
        List<String> command = Processes.command(Processes.java(), "-Xmx256m", "-Xlog:gc:file=" + gcLog, "-jar", jar.toString(),
                "import", "members", file.toString(), "--db-url", config.url(), "--db-user", config.user(), "--no-progress");
        long start = System.nanoTime();
        String output = Processes.check(command, work, 3600);
        double seconds = (System.nanoTime() - start) / 1e9;
        long rate = Math.round(size.members / seconds);
        double ratio = (double) rate / reference;
        rows.add(new Row(String.format(Locale.ROOT, "import %,d generated members (CLI, per-row, whole process)", size.members),
                String.format(Locale.ROOT, "%,d rows/s", rate),
                String.format(Locale.ROOT, "raw COPY, bare table, same indexes: %,d rows/s", reference),
                String.format(Locale.ROOT, "%.2f×", ratio), "≥ 0.5× and ≥ 100,000 rows/s", ratio >= 0.5 && rate >= 100_000));
        notes.add("Import summary: " + output.lines().filter(l -> l.contains("rows in") || l.contains("inserted"))
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
        rows.add(new Row(String.format(Locale.ROOT, "import heap for %,d rows (-Xmx256m)", size.members),
                "peak " + peak + " MB (heap " + cap + " MB)", String.format(Locale.ROOT, "file %.0f MB", Files.size(file) / 1e6), "—",
                "≤ 256 MB", peak <= 256));
    }

    private void reports(PostgresDatabase pool, int port, String token) throws Exception {
        Map<String, Long> fullCount = new HashMap<>();
        List<Double> groupBy = new ArrayList<>();
        for (int i = 0; i < size.groupBySamples; i++) {
            long start = System.nanoTime();
            query(pool, "SELECT province, count(*), count(p2_on), count(p3_on), count(p4_on), count(p5_on), count(p6_on), count(p7_on) "
                    + "FROM members GROUP BY province", rs -> fullCount.put(rs.getString(1), rs.getLong(2)));
            groupBy.add((System.nanoTime() - start) / 1e6);
        }
        double reference = median(groupBy);
        String[] paths = {"/api/v1/reports/members-by-province", "/api/v1/reports/stage-funnel",
            "/api/v1/reports/stage-funnel?province=31", "/api/v1/reports/target"};
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
            rows.add(new Row(String.format(Locale.ROOT, "GET %s at %,d members, p50", path, size.members),
                    String.format(Locale.ROOT, "%.2f ms", p50),
                    String.format(Locale.ROOT, "SELECT … GROUP BY over members: %.1f ms", reference),
                    String.format(Locale.ROOT, "%.1f× the GROUP BY speed", reference / p50), "< 10 ms", p50 < 10));
            if (path.endsWith("members-by-province")) {
                long apiTotal = Long.parseLong(body.replaceAll(".*\"total\":(\\d+).*", "$1"));
                long tableTotal = fullCount.values().stream().mapToLong(Long::longValue).sum();
                notes.add("Members by province agrees with a full count of the members table: " + (apiTotal == tableTotal)
                        + " (" + apiTotal + " = " + tableTotal + ").");
            }
        }
    }

    /**
     * The HTTP ceiling of this machine in this run: a bare Javalin endpoint answering a small JSON
     * object (no database, no authentication), driven by the same wrk settings; req/s.
     */
    private double bareJavalin() throws IOException {
        int port = freePort();
        Javalin bare = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/bare", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
        }).start("127.0.0.1", port);
        try {
            Path lua = work.resolve("bare.lua");
            Files.writeString(lua, "request = function() return wrk.format(\"GET\", \"/bare\") end\n");
            wrk(port, "none", lua, "/bare", size.warmupSeconds);
            String output = wrk(port, "none", lua, "/bare", size.loadSeconds);
            double rate = number(WRK_RATE, output);
            notes.add(String.format(Locale.ROOT, "HTTP ceiling in this run: a bare Javalin endpoint (small JSON, no database, no "
                    + "authentication) answered %,.0f req/s, p99 %.1f ms, at 64 connections.", rate, p99(output)));
            return rate;
        } finally {
            bare.stop();
        }
    }

    /**
     * POST /members against pgbench inserting the same member row into the same members table
     * (its constraints, indexes and counter trigger): the database work one registration needs.
     */
    private void postMembers(PostgresDatabase pool, int dbPort, int port, String token, double bare) throws IOException {
        Path script = work.resolve("insert.sql");
        Files.writeString(script, "\\set n random(1, 9999999999)\n"
                + "INSERT INTO members (id, province, sequence, nik, full_name, phone, kecamatan, business_name, business_sector, "
                + "business_started_on, registered_on, highest_stage, p1_on, version) VALUES (uuidv7(), '31', "
                + "nextval('member_seq_31'), '31990' || lpad(:n::text, 10, '0') || '1', 'Siti Rahma', '+6281234567890', '317101', "
                + "'Warung Siti', 'KULINER', '2017-03-01', '2018-09-10', 1, '2018-09-10', 1) ON CONFLICT DO NOTHING;\n");
        double[] reference = pgbench(dbPort, script);
        execute(pool, "DELETE FROM members WHERE nik LIKE '31990%'");
        execute(pool, "DROP TABLE IF EXISTS bench_insert");
        execute(pool, "CREATE TABLE bench_insert (id uuid PRIMARY KEY, nik text UNIQUE, full_name text, phone text, kecamatan text, "
                + "registered_on date)");
        Path bareScript = work.resolve("insert-bare.sql");
        Files.writeString(bareScript, "\\set n random(1, 9000000000000000)\n"
                + "INSERT INTO bench_insert VALUES (uuidv7(), lpad(:n::text, 16, '0'), 'Siti Rahma', '+6281234567890', "
                + "'317101', '2018-09-10') ON CONFLICT DO NOTHING;\n");
        double[] bareTable = pgbench(dbPort, bareScript);
        execute(pool, "DROP TABLE bench_insert");
        notes.add(String.format(Locale.ROOT, "For scale: pgbench inserting a narrow row into a bare table (primary key and one unique "
                + "index, no checks, no trigger) ran %,.0f tps; the members table's checks, three unique indexes and counter trigger "
                + "make the same one-row INSERT cost %.1f× as much database time.", bareTable[0], bareTable[0] / reference[0]));
        String post = Files.readString(resource("post-members.lua"));
        Path warm = work.resolve("post-warmup.lua");
        Files.writeString(warm, post.replace("NIK_OFFSET", "0"));
        wrk(port, token, warm, "/api/v1/members", size.warmupSeconds);
        Path measured = work.resolve("post-members.lua");
        Files.writeString(measured, post.replace("NIK_OFFSET", "20000000"));
        String wrk = wrk(port, token, measured, "/api/v1/members", size.loadSeconds);
        rows.add(httpRow("POST /api/v1/members, 64 connections", wrk, reference,
                "pgbench one-row INSERT of the same member row into members, 64 clients", bare, 50));
    }

    private void getMembers(PostgresDatabase pool, int dbPort, int port, String token, double bare) throws IOException, SQLException {
        Path ids = work.resolve("member-ids.txt");
        List<String> sample = new ArrayList<>();
        query(pool, "SELECT id FROM members ORDER BY random() LIMIT 50000", rs -> sample.add(rs.getString(1)));
        Files.write(ids, sample);
        long[] maxSequence = new long[1];
        query(pool, "SELECT max(sequence) FROM members WHERE province = '31'", rs -> maxSequence[0] = rs.getLong(1));
        Path script = work.resolve("select.sql");
        Files.writeString(script, "\\set n random(1, " + Math.max(1, maxSequence[0]) + ")\n"
                + "SELECT * FROM members WHERE province = '31' AND sequence = :n;\n");
        double[] reference = pgbench(dbPort, script);
        String lua = Files.readString(resource("get-members.lua")).replace("IDS_FILE", ids.toString());
        Path script2 = work.resolve("get-members.lua");
        Files.writeString(script2, lua);
        wrk(port, token, script2, "/api/v1/members", size.warmupSeconds);
        String wrk = wrk(port, token, script2, "/api/v1/members", size.loadSeconds);
        rows.add(httpRow("GET /api/v1/members/{id}, 64 connections", wrk, reference,
                "pgbench unique-key lookup of one member row, 64 clients", bare, 10));
    }

    private Row httpRow(String figure, String wrk, double[] reference, String referenceName, double bare, double p99Goal) {
        double rate = number(WRK_RATE, wrk);
        double p99Ms = p99(wrk);
        Matcher errors = WRK_ERRORS.matcher(wrk);
        long failed = errors.find() ? Long.parseLong(errors.group(1)) : 0;
        if (failed > 0) {
            notes.add(figure + ": " + failed + " responses were not 2xx.");
        }
        double ratio = rate / reference[0];
        return new Row(figure, String.format(Locale.ROOT, "%,.0f req/s, p99 %.1f ms", rate, p99Ms),
                String.format(Locale.ROOT, "%s: %,.0f tps (avg %.1f ms); bare Javalin: %,.0f req/s", referenceName, reference[0],
                        reference[1], bare),
                String.format(Locale.ROOT, "%.2f×", ratio), "≥ 0.5×, p99 < " + (int) p99Goal + " ms",
                ratio >= 0.5 && p99Ms < p99Goal && failed == 0);
    }

    private static double p99(String wrk) {
        Matcher p99 = WRK_P99.matcher(wrk);
        return p99.find() ? Double.parseDouble(p99.group(1)) * switch (p99.group(2)) {
            case "us" -> 0.001;
            case "s" -> 1000;
            default -> 1;
        } : Double.NaN;
    }

    private String wrk(int port, String token, Path lua, String path, int seconds) {
        return Processes.check(Processes.command("wrk", "-t2", "-c64", "-d" + seconds + "s", "--latency", "-s", lua.toString(),
                "-H", "Authorization: Bearer " + token, "http://127.0.0.1:" + port + path), work, seconds + 120);
    }

    private double[] pgbench(int dbPort, Path script) {
        String output = Processes.check(Processes.command("pgbench", "-n", "-h", "localhost", "-p", Integer.toString(dbPort), "-U",
                "postgres", "-c", "64", "-j", "2", "-T", Integer.toString(size.loadSeconds), "-M", "prepared", "-f", script.toString(),
                "okoce"), work, size.loadSeconds + 120);
        return new double[] {number(PGBENCH_TPS, output), number(PGBENCH_LATENCY, output)};
    }

    private void eligibility() throws RunnerException {
        Options options = new OptionsBuilder().include(EligibilityBenchmark.class.getSimpleName()).forks(size == Size.TINY ? 0 : 1)
                .warmupIterations(size == Size.TINY ? 1 : 3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(size == Size.TINY ? 1 : 5).measurementTime(TimeValue.seconds(1)).build();
        double micros = 0;
        for (RunResult result : new Runner(options).run()) {
            micros = result.getPrimaryResult().getScore();
        }
        rows.add(new Row("eligibility of one member for one product, 8 rules (JMH, average)",
                String.format(Locale.ROOT, "%.3f µs", micros), "—", "—", "< 5 µs", micros < 5));
    }

    private String markdown(ZonedDateTime started) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Measured by `bench/run").append(size == Size.FULL ? "" : " --" + size.name().toLowerCase(Locale.ROOT))
                .append("` on ").append(started.toLocalDate()).append(" (").append(size.name().toLowerCase(Locale.ROOT))
                .append(String.format(Locale.ROOT, " run: %,d members, %d-second loads). ", size.members, size.loadSeconds))
                .append("Every figure stands beside a reference limit measured in the same run on the same embedded PostgreSQL ")
                .append("(durable: fsync and synchronous_commit on). The machine is shared and noisy: compare the ratios, not ")
                .append("the absolute numbers of two runs.\n\n");
        md.append("Machine: ").append(Machine.describe()).append("\n\n");
        md.append("| Figure | Measured | Reference in the same run | Ratio | Goal | Met |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.figure()).append(" | ").append(row.measured()).append(" | ").append(row.reference()).append(" | ")
                    .append(row.ratio()).append(" | ").append(row.goal()).append(" | ").append(row.met() ? "yes" : "**no**").append(" |\n");
        }
        md.append("\nNotes:\n\n");
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        return md.toString();
    }

    private Path resource(String name) throws IOException {
        Path file = work.resolve(name);
        try (var in = BenchRunner.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
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

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static void query(PostgresDatabase pool, String sql, RowHandler handler) throws SQLException {
        try (Connection c = pool.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                handler.row(rs);
            }
        }
    }

    private static void execute(PostgresDatabase pool, String sql) {
        try (Connection c = pool.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static double number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in:\n" + text);
        }
        return Double.parseDouble(m.group(1));
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
