package id.okoce.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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

    private final HikariDataSource dataSource;

    private PostgresDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Opens the pool and checks a connection can be made.
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
        hikari.setConnectionTimeout(10_000);
        hikari.setInitializationFailTimeout(1);
        hikari.addDataSourceProperty("ApplicationName", "okoce");
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        hikari.addDataSourceProperty("connectTimeout", "5");
        try {
            return new PostgresDatabase(new HikariDataSource(hikari));
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

    /** Brings the schema up to date; returns how many migrations ran. */
    public int migrate() {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("schema migrated to version {} ({} migrations)", result.targetSchemaVersion, result.migrationsExecuted);
        }
        return result.migrationsExecuted;
    }

    /** Whether the database answers a trivial query within {@code timeoutSeconds}. */
    public boolean ping(int timeoutSeconds) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(timeoutSeconds);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The schema version migrations have reached, or empty for an empty database. */
    public Optional<String> schemaVersion() {
        var current = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().info().current();
        return current == null ? Optional.empty() : Optional.of(current.getVersion().getVersion());
    }

    /**
     * A new connection outside the pool, with the pool's settings, for a caller that holds one for
     * long (e.g. to {@code LISTEN}); the caller closes it.
     */
    public Connection connectOutsidePool() throws SQLException {
        Properties properties = new Properties();
        properties.putAll(dataSource.getDataSourceProperties());
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
