package id.okoce.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    private static String show(PostgresDatabase database, String setting) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(PostgresDatabase database, String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void the_default_is_durable_and_its_data_survives_a_restart() throws Exception {
        Path data = dir.resolve("okoce-data");
        try (EmbeddedDatabase embedded = EmbeddedDatabase.start(data, OptionalInt.empty(), EmbeddedDatabase.Durability.DURABLE);
             PostgresDatabase database = PostgresDatabase.open(embedded.ownerConfig(2))) {
            assertThat(show(database, "fsync")).isEqualTo("on");
            assertThat(show(database, "synchronous_commit")).isEqualTo("on");
            assertThat(show(database, "full_page_writes")).isEqualTo("on");
            assertThat(database.migrate(id.okoce.adapter.jdbc.crypto.NikVault.watching(embedded.keyFile()))).as("every migration runs on a new database").isGreaterThanOrEqualTo(7);
            execute(database, "INSERT INTO partners (id, name, province, email, status, registered_on, status_changed_on, version) "
                    + "VALUES ('0190a1b2-0000-7000-8000-000000000001', 'Komunitas', '32', 'a@b.id', 'REGISTERED', "
                    + "'2018-09-01', '2018-09-01', 1)");
        }
        try (EmbeddedDatabase embedded = EmbeddedDatabase.start(data, OptionalInt.empty(), EmbeddedDatabase.Durability.DURABLE);
             PostgresDatabase database = PostgresDatabase.open(embedded.ownerConfig(2))) {
            assertThat(database.migrate(id.okoce.adapter.jdbc.crypto.NikVault.watching(embedded.keyFile()))).as("the schema is already there").isZero();
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM partners")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Komunitas");
            }
            assertThat(embedded.dataDirectory()).isEqualTo(data);
        }
    }

    @Test
    void the_fast_mode_for_tests_really_is_not_durable() throws Exception {
        PostgresDatabase database = TestDatabase.get().database();
        assertThat(show(database, "fsync")).isEqualTo("off");
        assertThat(show(database, "synchronous_commit")).isEqualTo("off");
    }

    @Test
    void a_data_directory_in_use_is_refused_with_one_line() {
        EmbeddedDatabase running = TestDatabase.get().embedded();
        assertThatThrownBy(() -> EmbeddedDatabase.start(running.dataDirectory(), OptionalInt.empty(), EmbeddedDatabase.Durability.FAST))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("OKOCE_DATA_DIR")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void a_throwaway_database_leaves_nothing_behind() throws Exception {
        Path data;
        try (EmbeddedDatabase embedded = EmbeddedDatabase.startThrowaway("okoce-throwaway-test", EmbeddedDatabase.Durability.FAST);
             PostgresDatabase database = PostgresDatabase.open(embedded.ownerConfig(1))) {
            data = embedded.dataDirectory();
            execute(database, "CREATE TABLE t (x int)");
            assertThat(embedded.postgresDirectory().resolve("PG_VERSION")).exists();
        }
        assertThat(data).doesNotExist();
        assertThat(data.getParent()).doesNotExist();
    }
}
