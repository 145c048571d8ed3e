package id.okoce.bench;

import id.okoce.adapter.jdbc.PostgresDatabase;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTTP loads, each beside its references from the same run: a bare Javalin endpoint (the HTTP
 * ceiling), then {@code POST /members} against pgbench inserting the same row and
 * {@code GET /members/{id}} against pgbench looking one row up, all at 64 connections.
 */
final class HttpBenchmarks {

    private final BenchRunner.Size size;
    private final Path work;
    private final BenchReport report;
    private final String password;

    HttpBenchmarks(BenchRunner.Size size, Path work, BenchReport report, String password) {
        this.password = password;
        this.size = size;
        this.work = work;
        this.report = report;
    }

    /**
     * The HTTP ceiling of this machine in this run: a bare Javalin endpoint answering a small JSON
     * object (no database, no authentication), driven by the same wrk settings; req/s.
     */
    double bareJavalin() throws IOException {
        int port = LoadDrivers.freePort();
        Javalin bare = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/bare", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
        }).start("127.0.0.1", port);
        try {
            Path lua = work.resolve("bare.lua");
            Files.writeString(lua, "request = function() return wrk.format(\"GET\", \"/bare\") end\n");
            wrk(port, "none", lua, "/bare", size.warmupSeconds);
            LoadDrivers.HttpLoad load = wrk(port, "none", lua, "/bare", size.loadSeconds);
            double rate = load.rate();
            report.note(BenchReport.format("HTTP ceiling in this run: a bare Javalin endpoint (small JSON, no database, no "
                    + "authentication) answered %,.0f req/s, p99 %.1f ms, at 64 connections.", rate, load.p99Ms()));
            return rate;
        } finally {
            bare.stop();
        }
    }

    /**
     * POST /members against pgbench inserting the same member row into the same members table
     * (its constraints, indexes and counter trigger): the database work one registration needs.
     */
    void postMembers(PostgresDatabase pool, int dbPort, int port, String token, double bare) throws IOException {
        Path script = work.resolve("insert.sql");
        Files.writeString(script, "\\set n random(1, 9999999999)\n"
                + "INSERT INTO members (id, province, sequence, nik_hash, nik_sealed, full_name, phone, kecamatan, business_name, "
                + "business_sector, business_started_on, registered_on, highest_stage, p1_on, version) VALUES (uuidv7(), '31', "
                + "nextval('member_seq_31'), substring(sha256(convert_to('31990' || lpad(:n::text, 10, '0') || '1', 'UTF8')) from 1 for 16), "
                + "substring(decode(md5(random()::text) || md5(random()::text) || md5(random()::text), 'hex') from 1 for 46), "
                + "'Pgbench Reference', '+6281234567890', '317101', "
                + "'Warung Siti', 'KULINER', '2017-03-01', '2018-09-10', 1, '2018-09-10', 1) ON CONFLICT DO NOTHING;\n");
        LoadDrivers.DatabaseLoad reference = pgbench(dbPort, script);
        Sql.execute(pool, "DELETE FROM members WHERE full_name = 'Pgbench Reference'");
        Sql.execute(pool, "DROP TABLE IF EXISTS bench_insert");
        Sql.execute(pool, "CREATE TABLE bench_insert (id uuid PRIMARY KEY, nik text UNIQUE, full_name text, phone text, kecamatan text, "
                + "registered_on date)");
        Path bareScript = work.resolve("insert-bare.sql");
        Files.writeString(bareScript, "\\set n random(1, 9000000000000000)\n"
                + "INSERT INTO bench_insert VALUES (uuidv7(), lpad(:n::text, 16, '0'), 'Siti Rahma', '+6281234567890', "
                + "'317101', '2018-09-10') ON CONFLICT DO NOTHING;\n");
        LoadDrivers.DatabaseLoad bareTable = pgbench(dbPort, bareScript);
        Sql.execute(pool, "DROP TABLE bench_insert");
        report.note(BenchReport.format("For scale: pgbench inserting a narrow row into a bare table (primary key and one unique "
                + "index, no checks, no trigger) ran %,.0f tps; the members table's checks, three unique indexes and counter trigger "
                + "make the same one-row INSERT cost %.1f× as much database time.", bareTable.tps(), bareTable.tps() / reference.tps()));
        String post = Files.readString(resource("post-members.lua"));
        Path warm = work.resolve("post-warmup.lua");
        Files.writeString(warm, post.replace("NIK_OFFSET", "0"));
        wrk(port, token, warm, "/api/v1/members", size.warmupSeconds);
        Path measured = work.resolve("post-members.lua");
        Files.writeString(measured, post.replace("NIK_OFFSET", "20000000"));
        LoadDrivers.HttpLoad wrk = wrk(port, token, measured, "/api/v1/members", size.loadSeconds);
        report.add(httpRow("POST /api/v1/members, 64 connections", wrk, reference,
                "pgbench one-row INSERT of the same member row into members, 64 clients", bare, 50));
    }

    void getMembers(PostgresDatabase pool, int dbPort, int port, String token, double bare) throws IOException, SQLException {
        Path ids = work.resolve("member-ids.txt");
        List<String> sample = new ArrayList<>();
        Sql.query(pool, "SELECT id FROM members ORDER BY random() LIMIT 50000", rs -> sample.add(rs.getString(1)));
        Files.write(ids, sample);
        long[] maxSequence = new long[1];
        Sql.query(pool, "SELECT max(sequence) FROM members WHERE province = '31'", rs -> maxSequence[0] = rs.getLong(1));
        Path script = work.resolve("select.sql");
        Files.writeString(script, "\\set n random(1, " + Math.max(1, maxSequence[0]) + ")\n"
                + "SELECT * FROM members WHERE province = '31' AND sequence = :n;\n");
        LoadDrivers.DatabaseLoad reference = pgbench(dbPort, script);
        String lua = Files.readString(resource("get-members.lua")).replace("IDS_FILE", ids.toString());
        Path script2 = work.resolve("get-members.lua");
        Files.writeString(script2, lua);
        wrk(port, token, script2, "/api/v1/members", size.warmupSeconds);
        LoadDrivers.HttpLoad wrk = wrk(port, token, script2, "/api/v1/members", size.loadSeconds);
        report.add(httpRow("GET /api/v1/members/{id}, 64 connections", wrk, reference,
                "pgbench unique-key lookup of one member row, 64 clients", bare, 10));
    }

    private BenchReport.Row httpRow(String figure, LoadDrivers.HttpLoad load, LoadDrivers.DatabaseLoad reference, String referenceName,
            double bare, double p99Goal) {
        if (load.failed() > 0) {
            report.note(figure + ": " + load.failed() + " responses were not 2xx.");
        }
        double ratio = load.rate() / reference.tps();
        return new BenchReport.Row(figure, BenchReport.format("%,.0f req/s, p99 %.1f ms", load.rate(), load.p99Ms()),
                BenchReport.format("%s: %,.0f tps (avg %.1f ms); bare Javalin: %,.0f req/s", referenceName, reference.tps(),
                        reference.averageMs(), bare),
                BenchReport.format("%.2f×", ratio), "≥ 0.5×, p99 < " + (int) p99Goal + " ms",
                ratio >= 0.5 && load.p99Ms() < p99Goal && load.failed() == 0);
    }

    private LoadDrivers.HttpLoad wrk(int port, String token, Path lua, String path, int seconds) {
        return LoadDrivers.wrk(work, port, token, lua, path, seconds);
    }

    private LoadDrivers.DatabaseLoad pgbench(int dbPort, Path script) {
        return LoadDrivers.pgbench(work, dbPort, password, script, size.loadSeconds);
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
}
