package id.okoce.bench;

import id.okoce.adapter.jdbc.PostgresDatabase;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * (its constraints, indexes and triggers), its audit entry and its event, in one transaction: the
     * database work one registration needs.
     */
    LoadDrivers.HttpLoad postMembers(PostgresDatabase pool, int dbPort, int port, String token, double bare) throws IOException {
        Path script = work.resolve("insert.sql");
        Files.writeString(script, "\\set n random(1, 9999999999)\n"
                + "BEGIN;\n"
                + "INSERT INTO members (id, number_province, province, sequence, nik_hash, nik_sealed, sex, birth_year, birth_key, full_name, "
                + "name_key, phone, kecamatan, business_name, "
                + "business_sector, business_started_on, registered_on, highest_stage, p1_on, version) VALUES (uuidv7(), '31', '31', "
                + "nextval('member_seq_31'), substring(sha256(convert_to('31990' || lpad(:n::text, 10, '0') || '1', 'UTF8')) from 1 for 16), "
                + "substring(decode(md5(random()::text) || md5(random()::text) || md5(random()::text), 'hex') from 1 for 46), "
                + "'F', 1990, substring(sha256(convert_to(:n::text, 'UTF8')) from 1 for 8), 'Pgbench Reference', "
                + "'pgbench reference', '+6281234567890', '317101', "
                + "'Warung Siti', 'KULINER', '2017-03-01', '2018-09-10', 1, '2018-09-10', 1) ON CONFLICT DO NOTHING;\n"
                // the audit entry and its event in one statement, as the service writes them
                + "WITH entry AS (INSERT INTO audit_log (at, role, actor, channel, action, object_type, object_id, member_id, province, "
                + "fields, befores, afters) VALUES (now(), 'HUB_ADMIN', 'pgbench', 'POST /api/v1/members', 'member.registered', 'member', "
                + ":n::text, gen_random_uuid(), '31', '{kecamatan,registeredOn}', '{NULL,NULL}', '{31.71.01,2018-09-10}') RETURNING id), "
                + "event AS (INSERT INTO event_outbox (type, at, province, regency, object_id, member_id, payload) SELECT "
                + "'member.registered', now(), '31', (SELECT left(kecamatan, 4) FROM members WHERE id = '01a23d48-4a01-7ce0-8a1f-c12345678901'), "
                + ":n::text, gen_random_uuid(), jsonb_object('{kecamatan,registeredOn}'::text[], '{31.71.01,2018-09-10}'::text[])) "
                + "SELECT count(*) FROM entry;\n"
                + "COMMIT;\n");
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
                + "index, no checks, no trigger) ran %,.0f tps; the members table's checks, its seven indexes and its triggers "
                + "make the same one-row INSERT cost %.1f× as much database time.", bareTable.tps(), bareTable.tps() / reference.tps()));
        LoadDrivers.HttpLoad wrk = registrations(port, token, "", 0);
        report.add(httpRow("POST /api/v1/members, 64 connections", wrk, reference,
                "pgbench transaction of the same member row, its audit entry and its event, 64 clients", bare, 50));
        return wrk;
    }

    /**
     * POST /members with the registration script: a warm-up, then the measured load, each with NIKs
     * of its own from {@code offset} on (a run's loads never repeat a NIK); what wrk measured.
     */
    private LoadDrivers.HttpLoad registrations(int port, String token, String suffix, long offset) throws IOException {
        String post = Files.readString(resource("post-members.lua"));
        Path warm = work.resolve("post-warmup" + suffix + ".lua");
        Files.writeString(warm, post.replace("NIK_OFFSET", Long.toString(offset)));
        wrk(port, token, warm, "/api/v1/members", size.warmupSeconds);
        Path measured = work.resolve("post-members" + suffix + ".lua");
        Files.writeString(measured, post.replace("NIK_OFFSET", Long.toString(offset + 20_000_000)));
        return wrk(port, token, measured, "/api/v1/members", size.loadSeconds);
    }

    /**
     * What the duplicate check costs a registration: POST /members on a service started with
     * {@code --duplicate-check off}, the same script (other NIKs) and warm-up, against {@code withCheck}.
     */
    void duplicateCheckCost(int port, String token, LoadDrivers.HttpLoad withCheck) throws IOException {
        LoadDrivers.HttpLoad without = registrations(port, token, "-unchecked", 60_000_000);
        double ratio = withCheck.p99Ms() / without.p99Ms();
        report.add(new BenchReport.Row("POST /api/v1/members with the duplicate check, 64 connections",
                BenchReport.format("%,.0f req/s, p99 %.1f ms", withCheck.rate(), withCheck.p99Ms()),
                BenchReport.format("the same with the check off: %,.0f req/s, p99 %.1f ms", without.rate(), without.p99Ms()),
                BenchReport.format("p99 %.2f×", ratio), "p99 ≤ 1.2×", ratio <= 1.2 && withCheck.failed() == 0));
    }

    /** GET /members/{id} against pgbench looking one row up; returns what wrk measured (with read records, as the service runs). */
    LoadDrivers.HttpLoad getMembers(PostgresDatabase pool, int dbPort, int port, String token, double bare) throws IOException, SQLException {
        Path ids = work.resolve("member-ids.txt");
        List<String> sample = new ArrayList<>();
        Sql.query(pool, "SELECT id FROM members ORDER BY random() LIMIT 50000", rs -> sample.add(rs.getString(1)));
        Files.write(ids, sample);
        long[] maxSequence = new long[1];
        Sql.query(pool, "SELECT max(sequence) FROM members WHERE province = '31'", rs -> maxSequence[0] = rs.getLong(1));
        Path script = work.resolve("select.sql");
        Files.writeString(script, "\\set n random(1, " + Math.max(1, maxSequence[0]) + ")\n"
                + "SELECT * FROM members WHERE number_province = '31' AND sequence = :n;\n");
        LoadDrivers.DatabaseLoad reference = pgbench(dbPort, script);
        String lua = Files.readString(resource("get-members.lua")).replace("IDS_FILE", ids.toString());
        Path script2 = work.resolve("get-members.lua");
        Files.writeString(script2, lua);
        wrk(port, token, script2, "/api/v1/members", size.warmupSeconds);
        LoadDrivers.HttpLoad wrk = wrk(port, token, script2, "/api/v1/members", size.loadSeconds);
        report.add(httpRow("GET /api/v1/members/{id}, 64 connections", wrk, reference,
                "pgbench unique-key lookup of one member row, 64 clients", bare, 10));
        return wrk;
    }

    /**
     * What recording reads costs: GET /members/{id} on a service started with {@code --read-records off},
     * the same script and warm-up, against {@code withRecords} measured on the service as it runs.
     */
    void readRecordCost(int port, String token, LoadDrivers.HttpLoad withRecords) throws IOException {
        Path script = work.resolve("get-members.lua");
        wrk(port, token, script, "/api/v1/members", size.warmupSeconds);
        LoadDrivers.HttpLoad without = wrk(port, token, script, "/api/v1/members", size.loadSeconds);
        double ratio = withRecords.rate() / without.rate();
        report.add(new BenchReport.Row("GET /api/v1/members/{id} with a read record per answer, 64 connections",
                BenchReport.format("%,.0f req/s, p99 %.1f ms", withRecords.rate(), withRecords.p99Ms()),
                BenchReport.format("the same with read records off: %,.0f req/s, p99 %.1f ms", without.rate(), without.p99Ms()),
                BenchReport.format("%.2f×", ratio), "≥ 0.85×", ratio >= 0.85 && withRecords.failed() == 0));
    }

    /**
     * The searches at 16 connections, each query drawn at random from members of the register: by
     * NIK, by member number, by phone (written 08…), and by name — a third as registered, a third
     * with one letter changed, a third in the old spelling — beside pgbench's unique-key lookup at
     * 16 clients.
     */
    void search(PostgresDatabase pool, int dbPort, int port, String token, Path membersCsv) throws IOException, SQLException {
        List<String[]> rows = SearchQueries.sample(membersCsv, 20_000);
        List<String> numbers = new ArrayList<>();
        Sql.query(pool, "SELECT number_province, sequence FROM members WHERE erased_on IS NULL ORDER BY random() LIMIT 20000",
                rs -> numbers.add(new id.okoce.domain.member.MemberNumber(id.okoce.domain.region.ProvinceCode.of(rs.getString(1)),
                        rs.getLong(2)).toString()));
        long[] maxSequence = new long[1];
        Sql.query(pool, "SELECT max(sequence) FROM members WHERE number_province = '31'", rs -> maxSequence[0] = rs.getLong(1));
        Path lookup = work.resolve("select16.sql");
        Files.writeString(lookup, "\\set n random(1, " + Math.max(1, maxSequence[0]) + ")\n"
                + "SELECT * FROM members WHERE number_province = '31' AND sequence = :n;\n");
        LoadDrivers.DatabaseLoad reference = LoadDrivers.pgbench(work, dbPort, password, lookup, size.loadSeconds, SEARCH_CONNECTIONS);
        String referenceName = BenchReport.format("pgbench unique-key lookup, 16 clients: %,.0f tps (avg %.2f ms)", reference.tps(),
                reference.averageMs());
        Map<String, List<String>> queries = new LinkedHashMap<>();
        queries.put("nik", rows.stream().map(r -> "nik=" + r[0]).toList());
        queries.put("number", numbers.stream().map(n -> "number=" + n).toList());
        queries.put("phone", rows.stream().map(r -> "phone=" + r[2]).toList());
        // a page of 20, as a person looking someone up reads it (the default page is 50)
        queries.put("name", SearchQueries.names(rows).stream().map(n -> "limit=20&name=" + URLEncoder.encode(n, StandardCharsets.UTF_8))
                .toList());
        for (Map.Entry<String, List<String>> kind : queries.entrySet()) {
            Path file = work.resolve("search-" + kind.getKey() + ".txt");
            Files.write(file, kind.getValue());
            Path lua = work.resolve("search-" + kind.getKey() + ".lua");
            Files.writeString(lua, Files.readString(resource("search-members.lua")).replace("QUERIES_FILE", file.toString()));
            LoadDrivers.wrk(work, port, token, lua, "/api/v1/members", Math.max(1, size.warmupSeconds / 2), SEARCH_CONNECTIONS);
            LoadDrivers.HttpLoad load = LoadDrivers.wrk(work, port, token, lua, "/api/v1/members", size.loadSeconds, SEARCH_CONNECTIONS);
            double goal = kind.getKey().equals("name") ? 50 : 10;
            if (load.failed() > 0) {
                report.note("search by " + kind.getKey() + ": " + load.failed() + " responses were not 2xx.");
            }
            report.add(new BenchReport.Row("GET /api/v1/members?" + (kind.getKey().equals("name") ? "limit=20&" : "") + kind.getKey()
                    + "=…, 16 connections",
                    BenchReport.format("%,.0f req/s, p99 %.1f ms", load.rate(), load.p99Ms()), referenceName,
                    BenchReport.format("%.2f×", load.rate() / reference.tps()), "p99 < " + (int) goal + " ms",
                    load.p99Ms() < goal && load.failed() == 0));
        }
    }

    /** The connections the searches are measured at, as the goal states them. */
    static final int SEARCH_CONNECTIONS = 16;

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
