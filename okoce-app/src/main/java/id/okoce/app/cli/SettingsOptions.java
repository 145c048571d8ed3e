package id.okoce.app.cli;

import id.okoce.app.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The flags every command that touches the database shares; unset flags fall back to the environment, file, default. */
public final class SettingsOptions {

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (env OKOCE_PORT, default 7070)")
    String port;

    @Option(names = "--host", paramLabel = "HOST", description = "address to listen on (env OKOCE_HOST, default 0.0.0.0)")
    String host;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "embedded PostgreSQL data directory (env OKOCE_DATA_DIR, default ./okoce-data)")
    String dataDir;

    @Option(names = "--db-url", paramLabel = "URL", description = "external PostgreSQL JDBC URL (env OKOCE_DB_URL); embedded when unset")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "external PostgreSQL user (env OKOCE_DB_USER)")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "external PostgreSQL password (env OKOCE_DB_PASSWORD)")
    String dbPassword;

    @Option(names = "--db-pool", paramLabel = "N", description = "most database connections (env OKOCE_DB_POOL, default 16)")
    String dbPool;

    @Option(names = "--http-threads", paramLabel = "N",
            description = "most threads serving HTTP requests (env OKOCE_HTTP_THREADS, default 4 per processor + 4)")
    String httpThreads;

    @Option(names = "--embedded-db-port", paramLabel = "PORT", description = "embedded PostgreSQL port (env OKOCE_EMBEDDED_DB_PORT)")
    String embeddedDbPort;

    @Option(names = "--stop-timeout", paramLabel = "SECONDS", description = "how long a stop waits for requests in flight (default 30)")
    String stopTimeout;

    @Option(names = "--db-timeout-ms", paramLabel = "MS",
            description = "milliseconds any database call of a request may take before it answers 503 (env OKOCE_DB_TIMEOUT_MS, default 2000)")
    String dbTimeout;

    @Option(names = "--idempotency-hours", paramLabel = "HOURS",
            description = "hours the answer to a request with an Idempotency-Key is kept (env OKOCE_IDEMPOTENCY_HOURS, default 24)")
    String idempotencyHours;

    @Option(names = "--config", paramLabel = "FILE", description = "a properties file of settings (env OKOCE_CONFIG, default ./okoce.properties)")
    Path config;

    /** The settings, with flags first, then the environment, then the file, then the defaults. */
    public Settings resolve(Map<String, String> env) {
        Map<String, String> flags = new HashMap<>();
        flags.put("--port", port);
        flags.put("--host", host);
        flags.put("--data-dir", dataDir);
        flags.put("--db-url", dbUrl);
        flags.put("--db-user", dbUser);
        flags.put("--db-password", dbPassword);
        flags.put("--db-pool", dbPool);
        flags.put("--http-threads", httpThreads);
        flags.put("--embedded-db-port", embeddedDbPort);
        flags.put("--stop-timeout", stopTimeout);
        flags.put("--db-timeout-ms", dbTimeout);
        flags.put("--idempotency-hours", idempotencyHours);
        return Settings.load(flags, env, Optional.ofNullable(config));
    }
}
