package id.okoce.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A wrong URL, user or password fails fast with one line naming the setting at fault. */
class PostgresDatabaseTest {

    private static final TestDatabase DB = TestDatabase.get();

    @BeforeAll
    static void aUserThatNeedsItsPassword() throws Exception {
        Path hba = DB.embedded().postgresDirectory().resolve("pg_hba.conf");
        String rules = "host all okoce_pw 127.0.0.1/32 scram-sha-256\nhost all okoce_pw ::1/128 scram-sha-256\n";
        String current = Files.readString(hba);
        if (!current.startsWith(rules)) {
            Files.writeString(hba, rules + current);
        }
        try (PostgresDatabase owner = PostgresDatabase.open(DB.embedded().ownerConfig(1));
             Connection c = owner.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'okoce_pw') THEN "
                    + "CREATE ROLE okoce_pw LOGIN PASSWORD 'benar'; END IF; END $$");
            s.execute("SELECT pg_reload_conf()");
        }
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private static void assertOneLine(Throwable e, String... expected) {
        assertThat(e).isInstanceOf(DatabaseUnavailableException.class);
        assertThat(e.getMessage()).doesNotContain("\n").contains(expected);
    }

    @Test
    void the_right_password_connects() throws SQLException {
        try (PostgresDatabase db = PostgresDatabase.open(new DatabaseConfig(url(DB.embedded().port(), "okoce"), "okoce_pw", "benar", 1));
             Connection c = db.dataSource().getConnection()) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void a_wrong_password_names_the_password_setting_and_never_prints_it() {
        assertThatThrownBy(() -> PostgresDatabase.open(new DatabaseConfig(url(DB.embedded().port(), "okoce"), "okoce_pw", "salah", 1)))
                .satisfies(e -> assertOneLine(e, "OKOCE_DB_PASSWORD", "okoce_pw"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("salah"));
    }

    @Test
    void a_closed_port_names_the_url_setting() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        int port = closed;
        assertThatThrownBy(() -> PostgresDatabase.open(new DatabaseConfig(url(port, "okoce"), "postgres", "", 1)))
                .satisfies(e -> assertOneLine(e, "OKOCE_DB_URL", "cannot be reached", String.valueOf(port)));
    }

    @Test
    void a_missing_database_names_the_url_setting() {
        assertThatThrownBy(() -> PostgresDatabase.open(new DatabaseConfig(url(DB.embedded().port(), "tidak_ada"), "postgres",
                DB.embedded().ownerConfig(1).password(), 1)))
                .satisfies(e -> assertOneLine(e, "OKOCE_DB_URL", "does not exist"));
    }

    @Test
    void the_embedded_server_takes_no_connection_without_its_password() throws Exception {
        assertThatThrownBy(() -> PostgresDatabase.open(new DatabaseConfig(url(DB.embedded().port(), "okoce"), "postgres", "", 1)))
                .satisfies(e -> assertOneLine(e, "OKOCE_DB_PASSWORD", "requires a password"));
        assertThatThrownBy(() -> PostgresDatabase.open(new DatabaseConfig(url(DB.embedded().port(), "okoce"), "postgres", "wrong", 1)))
                .satisfies(e -> assertOneLine(e, "OKOCE_DB_PASSWORD", "refused"));
        java.nio.file.Path secret = DB.embedded().dataDirectory().resolve(EmbeddedDatabase.PASSWORD_FILE);
        assertThat(java.nio.file.Files.getPosixFilePermissions(secret))
                .as("the password file is readable by its owner only")
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(java.nio.file.Files.readString(DB.embedded().postgresDirectory().resolve("pg_hba.conf")))
                .as("no connection, local or over TCP, is trusted").doesNotContain("trust").contains("scram-sha-256");
        assertThat(java.nio.file.Files.getPosixFilePermissions(DB.embedded().keyFile()))
                .as("the key file too").isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void an_unknown_host_names_the_url_setting() {
        assertThatThrownBy(() -> PostgresDatabase.open(new DatabaseConfig("jdbc:postgresql://no-such-host.invalid:5432/okoce",
                "postgres", "", 1))).satisfies(e -> assertOneLine(e, "OKOCE_DB_URL", "cannot be reached"));
    }

    @Test
    void a_url_that_is_not_postgresql_is_refused_at_once() {
        assertThatThrownBy(() -> new DatabaseConfig("jdbc:mysql://x/y", "u", "p", 1)).hasMessageContaining("OKOCE_DB_URL");
        assertThat(new DatabaseConfig(url(1, "x"), "u", "rahasia", 1).toString()).doesNotContain("rahasia");
    }
}
