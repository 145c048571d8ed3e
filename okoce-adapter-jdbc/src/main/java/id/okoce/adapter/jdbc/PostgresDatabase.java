package id.okoce.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import id.okoce.adapter.jdbc.crypto.NikVault;
import id.okoce.adapter.jdbc.migration.V19__Birth_keys_and_duplicate_pairs;
import id.okoce.adapter.jdbc.migration.V9__Seal_niks;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection pool on one PostgreSQL database, with the schema migrated. Opening it fails fast,
 * with a one-line message naming what is wrong, when the database cannot be reached.
 */
public final class PostgresDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);

    /** How long a connection held outside the pool (e.g. to {@code LISTEN}) waits for an answer before giving up on it. */
    static final int OUTSIDE_POOL_SOCKET_TIMEOUT_SECONDS = 15;

    private final HikariDataSource dataSource;
    private final DatabaseConfig config;

    private PostgresDatabase(HikariDataSource dataSource, DatabaseConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /**
     * Opens the pool and checks a connection can be made. Every pooled connection is bounded by
     * {@link DatabaseConfig#timeout()}: waiting for one from the pool, each statement
     * ({@code statement_timeout}), each lock wait ({@code lock_timeout}), and the wait for the
     * server's answer (the driver's socket timeout, a second longer, for a server that stopped
     * answering altogether). A call past its bound fails, and the service answers 503.
     *
     * @throws DatabaseUnavailableException naming the setting at fault ({@code OKOCE_DB_URL},
     *                                      {@code OKOCE_DB_USER}, {@code OKOCE_DB_PASSWORD})
     */
    public static PostgresDatabase open(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("okoce");
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setMinimumIdle(Math.min(4, config.poolSize()));
        long bound = config.timeout().toMillis();
        int seconds = (int) Math.max(1, (bound + 999) / 1000);
        hikari.setConnectionTimeout(bound);
        hikari.setValidationTimeout(Math.min(1_000, bound - 1));
        hikari.setInitializationFailTimeout(1);
        hikari.addDataSourceProperty("ApplicationName", "okoce");
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        hikari.addDataSourceProperty("connectTimeout", Integer.toString(seconds));
        hikari.addDataSourceProperty("loginTimeout", Integer.toString(seconds));
        hikari.addDataSourceProperty("socketTimeout", Integer.toString(seconds + 1));
        hikari.addDataSourceProperty("options", "-c statement_timeout=" + bound + " -c lock_timeout=" + bound);
        try {
            return new PostgresDatabase(new HikariDataSource(hikari), config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new DatabaseUnavailableException(explain(config, e), e);
        }
    }

    /** Says, in one line, which setting is at fault. */
    static String explain(DatabaseConfig config, Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause instanceof SQLException || cause instanceof ConnectException || cause instanceof UnknownHostException) {
                break;
            }
        }
        String state = cause instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage().replaceAll("\\s+", " ").strip();
        String where = "cannot connect to " + config.url() + " as " + config.user() + ": ";
        if (state.equals("28P01")) {
            return where + "the password was refused (check OKOCE_DB_PASSWORD)";
        }
        if (detail.contains("requested") && detail.contains("password")) {
            return where + "the server requires a password and none was given (set OKOCE_DB_PASSWORD)";
        }
        if (state.startsWith("28")) {
            return where + "the user is not allowed in (check OKOCE_DB_USER): " + detail;
        }
        if (state.equals("3D000")) {
            return where + "the database does not exist (check the database name in OKOCE_DB_URL)";
        }
        if (state.startsWith("08") || cause instanceof ConnectException || cause instanceof UnknownHostException) {
            return where + "the server cannot be reached (check host and port in OKOCE_DB_URL): " + detail;
        }
        return where + detail;
    }

    /**
     * Brings the schema up to date as the user of this pool (the schema's owner); returns how many
     * migrations ran. See {@link #migrate(DatabaseConfig, NikVault, String)}.
     */
    public int migrate(NikVault vault) {
        return migrate(config, vault, config.user());
    }

    /**
     * Brings the schema up to date as {@code owner}; returns how many migrations ran. Migrations run
     * on connections of their own, without the pool's time bounds: rewriting a large table takes as
     * long as it takes. NIKs found in clear (a schema from before they were sealed) are sealed under
     * {@code vault}.
     *
     * <p>Then {@code serviceUser}, the role the service connects as, gets exactly what it needs: it
     * may read and write the tables, never update, delete or truncate the audit trail or the read
     * records, never update the trail's personal values (an erasure deletes them), and never touch
     * the migration history. When the service connects as the owner itself, the owner gives up those
     * privileges on the record tables (an owner can take them back: a deployment that wants them
     * held apart runs migrations as another role); the tables' triggers refuse the rewrite either way.
     */
    public static int migrate(DatabaseConfig owner, NikVault vault, String serviceUser) {
        MigrateResult result = flyway(owner, Optional.of(vault)).migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("schema migrated to version {} ({} migrations)", result.targetSchemaVersion, result.migrationsExecuted);
        }
        try (Connection c = DriverManager.getConnection(owner.url(), owner.user(), owner.password());
             Statement s = c.createStatement()) {
            String role = "\"" + serviceUser.replace("\"", "\"\"") + "\"";
            if (!serviceUser.equals(owner.user())) {
                s.execute("GRANT USAGE ON SCHEMA public TO " + role);
                s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
                s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + role);
                s.execute("REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM " + role);
            }
            s.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, read_records, partner_standing FROM " + role);
            s.execute("REVOKE UPDATE, TRUNCATE ON audit_personal_values FROM " + role);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("the service role " + serviceUser + " could not be given its privileges: "
                    + e.getMessage(), e);
        }
        return result.migrationsExecuted;
    }

    /** The settings it was opened with. */
    public DatabaseConfig config() {
        return config;
    }

    /** The schema version migrations have reached, or empty for an empty database. */
    public Optional<String> schemaVersion() {
        var current = flyway(config, Optional.empty()).info().current();
        return current == null ? Optional.empty() : Optional.of(current.getVersion().getVersion());
    }

    private static Flyway flyway(DatabaseConfig config, Optional<NikVault> vault) {
        var configuration = Flyway.configure().dataSource(config.url(), config.user(), config.password())
                .locations("classpath:db/migration");
        vault.ifPresent(v -> configuration.javaMigrations(new V9__Seal_niks(v), new V19__Birth_keys_and_duplicate_pairs(v)));
        return configuration.load();
    }

    /**
     * A new connection outside the pool, for a caller that holds one for long (e.g. to
     * {@code LISTEN}): no statement or lock timeout, and a wait for any answer bounded at
     * {@value #OUTSIDE_POOL_SOCKET_TIMEOUT_SECONDS} s so that a server that stopped answering is
     * noticed; the caller closes it.
     */
    public Connection connectOutsidePool() throws SQLException {
        return connectOutsidePool(OUTSIDE_POOL_SOCKET_TIMEOUT_SECONDS);
    }

    /** As {@link #connectOutsidePool()}, with the given bound on connecting and on each answer. */
    Connection connectOutsidePool(int socketTimeoutSeconds) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(dataSource.getDataSourceProperties());
        properties.remove("options");
        properties.setProperty("socketTimeout", Integer.toString(socketTimeoutSeconds));
        properties.setProperty("connectTimeout", Integer.toString(socketTimeoutSeconds));
        properties.setProperty("loginTimeout", Integer.toString(socketTimeoutSeconds));
        if (dataSource.getUsername() != null) {
            properties.setProperty("user", dataSource.getUsername());
        }
        if (dataSource.getPassword() != null) {
            properties.setProperty("password", dataSource.getPassword());
        }
        properties.setProperty("ApplicationName", "okoce-listener");
        return DriverManager.getConnection(dataSource.getJdbcUrl(), properties);
    }

    /** The pooled data source. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Closes the pool. */
    @Override
    public void close() {
        dataSource.close();
    }
}
