package id.okoce.adapter.jdbc.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.adapter.jdbc.EmbeddedDatabase;
import id.okoce.adapter.jdbc.PostgresDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A register from before NIKs were sealed: the migration seals every NIK, drops the clear column, and the counters stay. */
class SealedNikMigrationTest {

    @Test
    void every_clear_nik_is_sealed_and_hashed_and_the_clear_column_is_gone() throws Exception {
        try (EmbeddedDatabase embedded = EmbeddedDatabase.startThrowaway("okoce-seal-test", EmbeddedDatabase.Durability.FAST);
             PostgresDatabase database = PostgresDatabase.open(embedded.ownerConfig(2))) {
            var config = embedded.ownerConfig(1);
            Flyway.configure().dataSource(config.url(), config.user(), config.password()).locations("classpath:db/migration")
                    .target("8").load().migrate();
            Map<String, String> nikOf = new HashMap<>();
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO members (id, province, sequence, nik, full_name, phone, kecamatan, business_name, "
                        + "business_sector, business_started_on, registered_on, highest_stage, p1_on, p2_on, p2_certificate, version) "
                        + "SELECT gen_random_uuid(), '31', i, '317101' || lpad((1 + i % 28)::text, 2, '0') || lpad((1 + (i / 28) % 12)::text, 2, '0') "
                        + "|| lpad((50 + (i / 336) % 40)::text, 2, '0') || lpad((1 + i / 13440)::text, 4, '0'), 'Anggota ' || i, '+6281234567890', "
                        + "'317101', 'Usaha', 'JASA', '2017-01-01', '2018-09-10', CASE WHEN i % 2 = 0 THEN 2 ELSE 1 END, '2018-09-10', "
                        + "CASE WHEN i % 2 = 0 THEN DATE '2018-10-01' END, CASE WHEN i % 2 = 0 THEN 'C-' || i END, 1 "
                        + "FROM generate_series(1, 25001) AS i");
                try (ResultSet rs = s.executeQuery("SELECT sequence, nik FROM members")) {
                    while (rs.next()) {
                        nikOf.put(Long.toString(rs.getLong(1)), rs.getString(2));
                    }
                }
            }
            Map<Integer, Long> countsBefore = counts(database);

            NikVault vault = NikVault.watching(embedded.keyFile());
            assertThat(database.migrate(vault)).isGreaterThanOrEqualTo(1);

            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.columns "
                        + "WHERE table_name = 'members' AND column_name = 'nik'")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("the clear column is dropped").isZero();
                }
                int checked = 0;
                try (ResultSet rs = s.executeQuery("SELECT sequence, nik_hash, nik_sealed FROM members")) {
                    while (rs.next()) {
                        String nik = nikOf.get(Long.toString(rs.getLong(1)));
                        assertThat(vault.open(rs.getBytes(3))).isEqualTo(nik);
                        assertThat(rs.getBytes(2)).isEqualTo(vault.hash(nik));
                        checked++;
                    }
                }
                assertThat(checked).as("every member, across the batches of 10,000").isEqualTo(25_001);
            }
            assertThat(counts(database)).as("the report counters do not move").isEqualTo(countsBefore);
        }
    }

    private static boolean hasTable(Connection c, String table) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static Map<Integer, Long> counts(PostgresDatabase database) throws Exception {
        Map<Integer, Long> counts = new HashMap<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(hasTable(c, "member_month_counts")
                     ? "SELECT stage, sum(members) FROM member_month_counts GROUP BY stage"
                     : "SELECT stage, sum(members) FROM member_counts GROUP BY stage")) {
            while (rs.next()) {
                counts.put(rs.getInt(1), rs.getLong(2));
            }
        }
        return counts;
    }
}
