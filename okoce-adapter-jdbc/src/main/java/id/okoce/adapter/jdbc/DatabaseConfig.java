package id.okoce.adapter.jdbc;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach a PostgreSQL database.
 *
 * @param url      the JDBC URL, e.g. {@code jdbc:postgresql://db.example.org:5432/okoce} ({@code OKOCE_DB_URL})
 * @param user     the user ({@code OKOCE_DB_USER})
 * @param password the password ({@code OKOCE_DB_PASSWORD}); never printed
 * @param poolSize the most connections the pool opens
 * @param timeout  the bound on every database call made for a request: waiting for a pooled
 *                 connection, a statement's run time, a lock wait, and (with a second's margin) the
 *                 wait for the server's answer ({@code OKOCE_DB_TIMEOUT_MS})
 */
public record DatabaseConfig(String url, String user, String password, int poolSize, Duration timeout) {

    /** The bound used when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    /** Checks the parts. */
    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(timeout, "timeout");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("OKOCE_DB_URL must start with jdbc:postgresql:, got " + url);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be positive");
        }
        if (timeout.toMillis() < 250) {
            throw new IllegalArgumentException("the database timeout must be at least 250 ms");
        }
    }

    /** With the default timeout. */
    public DatabaseConfig(String url, String user, String password, int poolSize) {
        this(url, user, password, poolSize, DEFAULT_TIMEOUT);
    }

    /** The same, with another timeout. */
    public DatabaseConfig withTimeout(Duration bound) {
        return new DatabaseConfig(url, user, password, poolSize, bound);
    }

    /** Shows the URL and user, never the password. */
    @Override
    public String toString() {
        return "DatabaseConfig[" + url + ", user " + user + ", pool " + poolSize + ", timeout " + timeout.toMillis() + " ms]";
    }
}
