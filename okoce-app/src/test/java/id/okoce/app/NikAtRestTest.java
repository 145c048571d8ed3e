package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.adapter.jdbc.EmbeddedDatabase;
import id.okoce.adapter.jdbc.crypto.KeyRing;
import id.okoce.domain.testdata.Niks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No NIK is stored in clear anywhere, and the sealing key rotates while the service serves. */
class NikAtRestTest {

    @TempDir
    Path dir;

    private static DataSource dataSource(OkoceService service) {
        return service.injector().getInstance(DatabaseRuntime.class).database().dataSource();
    }

    /** A connection as the schema's owner, who reads every table (and may create one). */
    private static Connection asOwner(OkoceService service) throws java.sql.SQLException {
        var owner = service.injector().getInstance(DatabaseRuntime.class).embeddedServer().orElseThrow().ownerConfig(1);
        return java.sql.DriverManager.getConnection(owner.url(), owner.user(), owner.password());
    }

    /** Every text-like column of every table (bytea read as text too), searched for each NIK. */
    private static List<String> columnsHolding(OkoceService service, List<String> niks) throws Exception {
        List<String> holding = new ArrayList<>();
        try (Connection c = asOwner(service); Statement s = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name, column_name, data_type FROM information_schema.columns "
                    + "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', "
                    + "'bytea', 'ARRAY')")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            assertThat(columns).as("the scan sees the tables").isNotEmpty();
            for (String[] column : columns) {
                String value = column[2].equals("bytea") ? "encode(\"" + column[1] + "\", 'escape')" : "\"" + column[1] + "\"::text";
                try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM \"" + column[0] + "\" WHERE " + value
                        + " LIKE ANY (?)")) {
                    p.setArray(1, c.createArrayOf("text", niks.stream().map(n -> "%" + n + "%").toArray()));
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            holding.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return holding;
    }

    @Test
    void no_table_holds_a_nik_in_clear_after_registrations_imports_replays_and_refusals() throws Exception {
        Api hub = TestService.admin();
        List<String> niks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String nik = Niks.random();
            niks.add(nik);
            Api.Response created = hub.post("/api/v1/members", Bodies.member("31.71.01", nik), "Idempotency-Key", "rest-" + nik);
            assertThat(created.status()).isEqualTo(201);
            assertThat(hub.post("/api/v1/members", Bodies.member("31.71.01", nik)).status()).as("a duplicate, refused").isEqualTo(409);
        }
        String imported = Niks.random();
        String refused = Niks.random();
        niks.add(imported);
        niks.add(refused);
        String csv = String.join(",", id.okoce.adapter.csv.MemberColumn.HEADER) + "\n"
                + imported + ",Ani Lestari,081234567890,31.71.01,Warung Ani,KULINER,2017-03-01,,2018-09-10,,,,,,,,,,\n"
                + refused + ",Budi,081234567890,99.99.99,Warung Budi,KULINER,2017-03-01,,2018-09-10,,,,,,,,,,\n";
        Api.Response job = hub.postBytes("/api/v1/imports/members?mode=per-row", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(job.status()).isEqualTo(202);
        String location = job.header("Location").orElseThrow();
        long end = System.nanoTime() + 20_000_000_000L;
        while (!hub.get(location).json().path("status").asText().matches("COMPLETED|FAILED|ROLLED_BACK|STOPPED")
                && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertThat(hub.get(location + "/errors").body()).as("the refused row is reported").contains("REGION_UNKNOWN");

        assertThat(columnsHolding(TestService.get().service(), niks))
                .as("columns holding a NIK in clear (the scan is shown to work by the test below)").isEmpty();
    }

    @Test
    void the_scan_finds_a_nik_where_one_is_stored_in_clear() throws Exception {
        String nik = Niks.random();
        OkoceService service = TestService.get().service();
        try (Connection c = asOwner(service); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS scan_probe (note text)");
            s.execute("INSERT INTO scan_probe VALUES ('NIK " + nik + " left here')");
        }
        try {
            assertThat(columnsHolding(service, List.of(nik))).containsExactly("scan_probe.note");
        } finally {
            try (Connection c = asOwner(service); Statement s = c.createStatement()) {
                s.execute("DROP TABLE scan_probe");
            }
        }
    }

    @Test
    void keys_rotate_reseals_every_nik_while_the_service_keeps_registering_and_reading() throws Exception {
        Map<String, String> flags = new HashMap<>(Map.of("--port", "0", "--host", "127.0.0.1",
                "--data-dir", dir.resolve("data").toString(), "--stop-timeout", "5"));
        StringWriter first = new StringWriter();
        try (OkoceService service = OkoceService.start(Settings.load(flags, Map.of(), Optional.empty()), new PrintWriter(first, true))) {
            Api hub = new Api(service.port(), first.toString().strip().lines().reduce((a, b) -> b).orElseThrow());
            List<String> ids = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 1_200; i++) {
                ids.add(hub.post("/api/v1/members", Bodies.member("31.71.01")).json().path("id").asText());
            }
            AtomicBoolean rotating = new AtomicBoolean(true);
            List<Integer> statuses = new CopyOnWriteArrayList<>();
            Thread writer = new Thread(() -> {
                while (rotating.get()) {
                    Api.Response created = hub.post("/api/v1/members", Bodies.member("31.71.01"));
                    statuses.add(created.status());
                    if (created.status() == 201) {
                        ids.add(created.json().path("id").asText());
                        statuses.add(hub.get("/api/v1/members/" + ids.get(ids.size() / 2)).status());
                    }
                }
            });
            writer.start();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"keys", "rotate", "--data-dir", dir.resolve("data").toString()},
                    new PrintWriter(out, true), new PrintWriter(err, true));
            rotating.set(false);
            writer.join();
            assertThat(code).as(out + "\n" + err).isZero();
            assertThat(statuses).as("the service answered every request during the rotation").isNotEmpty().containsOnly(201, 200);

            Path keyFile = dir.resolve("data").resolve(EmbeddedDatabase.KEY_FILE);
            assertThat(KeyRing.read(keyFile).keys()).as("only the new key is left").containsOnlyKeys(2);
            try (Connection c = dataSource(service).getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT get_byte(nik_sealed, 0) * 256 + get_byte(nik_sealed, 1) AS k, count(*) "
                         + "FROM members GROUP BY k")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("every NIK is sealed under key 2").isEqualTo(2);
                assertThat(rs.getLong(2)).isEqualTo(ids.size());
                assertThat(rs.next()).isFalse();
            }
            for (String id : ids.subList(0, 50)) {
                assertThat(hub.get("/api/v1/members/" + id).status()).as("each member still reads").isEqualTo(200);
            }
            assertThat(hub.post("/api/v1/members", Bodies.member("31.71.01")).status()).isEqualTo(201);
        }
    }
}
