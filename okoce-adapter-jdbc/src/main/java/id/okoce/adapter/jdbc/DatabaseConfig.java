package id.okoce.adapter.jdbc;

import java.util.Objects;

/**
 * How to reach an external PostgreSQL.
 *
 * @param url      the JDBC URL, e.g. {@code jdbc:postgresql://db.example.org:5432/okoce} ({@code OKOCE_DB_URL})
 * @param user     the user ({@code OKOCE_DB_USER})
 * @param password the password ({@code OKOCE_DB_PASSWORD}); never printed
 * @param poolSize the most connections the pool opens
 */
public record DatabaseConfig(String url, String user, String password, int poolSize) {

    /** Checks the parts. */
    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("OKOCE_DB_URL must start with jdbc:postgresql:, got " + url);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be positive");
        }
    }

    /** Shows the URL and user, never the password. */
    @Override
    public String toString() {
        return "DatabaseConfig[" + url + ", user " + user + ", pool " + poolSize + "]";
    }
}
