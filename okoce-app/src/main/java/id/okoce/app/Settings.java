package id.okoce.app;

import id.okoce.domain.network.GrowthTarget;
import id.okoce.domain.stage.Stage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * How the service runs. Each setting comes from, in order of precedence: a command-line flag, an
 * environment variable, a properties file ({@code --config}, {@code OKOCE_CONFIG}, or
 * {@code ./okoce.properties} when present), and finally its default.
 *
 * @param host           the address to listen on
 * @param port           the HTTP port (0 picks a free one)
 * @param dataDir        the embedded PostgreSQL's data directory
 * @param dbUrl          an external PostgreSQL's JDBC URL; empty means the embedded one
 * @param dbUser         the external database user
 * @param dbPassword     the external database password
 * @param dbPool         the most database connections
 * @param httpThreads    the most threads serving HTTP requests (Jetty's pool, selectors included)
 * @param embeddedDbPort the embedded PostgreSQL's port; empty picks a free one
 * @param stopTimeout    how long a stop waits for requests in flight
 * @param dbTimeout      the bound on each database call made for a request
 * @param replayRetention how long answers to requests with an Idempotency-Key are kept (they may hold personal data)
 * @param keyFile        the NIK key ring's file; empty means the embedded data directory's (an external database needs one)
 * @param dbOwnerUser    the external database's schema owner, who runs migrations, if not the service's user
 * @param dbOwnerPassword that owner's password
 * @param retention      how long members with no activity are kept before they are erased; empty: until erased on request
 * @param readRecords    whether every read of personal data is recorded (off only to measure what recording costs)
 * @param target         the growth target the reports measure progress against
 * @param webhooks       how webhooks are delivered
 * @param duplicateCheck whether registrations are compared with the register for possible duplicates
 */
public record Settings(String host, int port, Path dataDir, Optional<String> dbUrl, String dbUser, String dbPassword,
                       int dbPool, int httpThreads, OptionalInt embeddedDbPort, Duration stopTimeout, Duration dbTimeout,
                       Duration replayRetention, Optional<Path> keyFile, Optional<String> dbOwnerUser, String dbOwnerPassword,
                       Optional<Period> retention, boolean readRecords, GrowthTarget target, Webhooks webhooks,
                       boolean duplicateCheck) {

    /**
     * How webhooks are delivered.
     *
     * @param allowPrivate whether endpoints may be on loopback, link-local or private addresses
     * @param timeout      how long a receiver may take to answer
     * @param firstRetry   the wait after a first failure (doubling after each next one, up to eight hours)
     * @param retryPeriod  how long an endpoint may fail before it is disabled
     * @param workers      endpoints served at once
     */
    public record Webhooks(boolean allowPrivate, Duration timeout, Duration firstRetry, Duration retryPeriod, int workers) {
    }

    /**
     * One setting, declared once: its flag, environment variable and property, its default, and what
     * it means. The command line's options, {@code --help} and the README's table all come from it.
     *
     * @param flag        the command-line flag
     * @param env         the environment variable
     * @param property    the key in the properties file
     * @param paramLabel  the value's name in {@code --help}
     * @param fallback    the default ("" for none)
     * @param shown       the default as people read it (the literal default in backticks, or words)
     * @param description what it is
     */
    public record Key(String flag, String env, String property, String paramLabel, String fallback, String shown,
                      String description) {

        /** A setting whose default is shown as it is. */
        static Key of(String flag, String env, String property, String paramLabel, String fallback, String description) {
            return new Key(flag, env, property, paramLabel, fallback, fallback.isEmpty() ? "—" : "`" + fallback + "`", description);
        }

        /** The same, with its default described in words (computed, or absent). */
        Key shownAs(String words) {
            return new Key(flag, env, property, paramLabel, fallback, words, description);
        }

        /** Its row of the README's configuration table. */
        public String readmeRow() {
            return "| `" + flag + "` | `" + env + "` | `" + property + "` | " + shown + " | " + description + " |";
        }

        /** Its description in {@code --help}: the meaning, then where else it can be set and its default. */
        public String help() {
            return description + " (env " + env + ", property " + property + ", default " + shown.replace("`", "") + ")";
        }
    }

    /** Every setting, in the order of the README's table. */
    public static final List<Key> KEYS = List.of(
            Key.of("--port", "OKOCE_PORT", "okoce.port", "PORT", "7070", "HTTP port (0 picks a free one)"),
            Key.of("--host", "OKOCE_HOST", "okoce.host", "HOST", "0.0.0.0", "address to listen on"),
            Key.of("--data-dir", "OKOCE_DATA_DIR", "okoce.data-dir", "DIR", "./okoce-data",
                    "embedded PostgreSQL data directory (kept across starts)"),
            Key.of("--db-url", "OKOCE_DB_URL", "okoce.db.url", "URL", "", "external PostgreSQL JDBC URL; the embedded one when unset"),
            Key.of("--db-user", "OKOCE_DB_USER", "okoce.db.user", "USER", "okoce", "external PostgreSQL user"),
            Key.of("--db-password", "OKOCE_DB_PASSWORD", "okoce.db.password", "PASSWORD", "",
                    "external PostgreSQL password (never printed)"),
            Key.of("--db-pool", "OKOCE_DB_POOL", "okoce.db.pool", "N", "16", "most database connections"),
            Key.of("--http-threads", "OKOCE_HTTP_THREADS", "okoce.http-threads", "N", Integer.toString(defaultHttpThreads()),
                    "most threads serving HTTP requests; beyond that requests wait in line, first come first served, which keeps "
                            + "the slowest answers short").shownAs("4 per processor + 4"),
            Key.of("--embedded-db-port", "OKOCE_EMBEDDED_DB_PORT", "okoce.embedded-db.port", "PORT", "", "embedded PostgreSQL port")
                    .shownAs("a free port"),
            Key.of("--stop-timeout", "OKOCE_STOP_TIMEOUT", "okoce.stop-timeout", "SECONDS", "30",
                    "seconds a stop waits for requests in flight"),
            Key.of("--db-timeout-ms", "OKOCE_DB_TIMEOUT_MS", "okoce.db.timeout-ms", "MS", "2000",
                    "milliseconds any database call of a request may take (waiting for a connection, a statement, a lock) before "
                            + "the request answers 503"),
            Key.of("--idempotency-hours", "OKOCE_IDEMPOTENCY_HOURS", "okoce.idempotency-hours", "HOURS", "24",
                    "hours the answer to a request with an `Idempotency-Key` is kept for its retries, then deleted (it may hold a "
                            + "name or phone)"),
            Key.of("--key-file", "OKOCE_KEY_FILE", "okoce.key-file", "FILE", "",
                    "the key file that seals NIKs at rest (owner-only; back it up with the database); needed with `--db-url`, "
                            + "create it with `okoce keys init`").shownAs("`okoce-keys` in the data directory"),
            Key.of("--db-owner-user", "OKOCE_DB_OWNER_USER", "okoce.db.owner-user", "USER", "",
                    "external PostgreSQL role that owns the schema and runs migrations; the service then connects as `--db-user` "
                            + "with only the privileges it needs (it cannot rewrite the audit trail)").shownAs("`--db-user` itself"),
            Key.of("--db-owner-password", "OKOCE_DB_OWNER_PASSWORD", "okoce.db.owner-password", "PASSWORD", "",
                    "that owner's password (never printed)"),
            Key.of("--retention-days", "OKOCE_RETENTION_DAYS", "okoce.retention-days", "DAYS", "",
                    "days a member with no activity is kept before the daily retention run erases it (UU PDP); off when unset")
                    .shownAs("off"),
            Key.of("--read-records", "OKOCE_READ_RECORDS", "okoce.read-records", "on|off", "on",
                    "record every read of a member's personal data (UU PDP); `off` only to measure what recording costs"),
            Key.of("--duplicate-check", "OKOCE_DUPLICATE_CHECK", "okoce.duplicate-check", "on|off", "on",
                    "compare each registration with the register and refuse a likely duplicate (`POSSIBLE_DUPLICATE`) unless "
                            + "confirmed; `off` only to measure what the check costs"),
            Key.of("--target-goal", "OKOCE_TARGET_GOAL", "okoce.target.goal", "MEMBERS", "5000000",
                    "the growth target: how many new entrepreneurs the programme aims at"),
            Key.of("--target-start", "OKOCE_TARGET_START", "okoce.target.start", "DATE", "2018-09-06",
                    "the first day of the programme period the target counts from"),
            Key.of("--target-deadline", "OKOCE_TARGET_DEADLINE", "okoce.target.deadline", "DATE", "2023-09-06",
                    "the day the target should be reached"),
            Key.of("--target-stage", "OKOCE_TARGET_STAGE", "okoce.target.stage", "STAGE", "P4",
                    "the 7PAS stage at which a member counts as a new entrepreneur"),
            Key.of("--webhooks-allow-private", "OKOCE_WEBHOOKS_ALLOW_PRIVATE", "okoce.webhooks.allow-private", "on|off", "off",
                    "let webhook endpoints be on loopback, link-local or private addresses (`off`: such endpoints are refused, at "
                            + "registration and before every delivery)"),
            Key.of("--webhook-timeout-ms", "OKOCE_WEBHOOK_TIMEOUT_MS", "okoce.webhooks.timeout-ms", "MS", "10000",
                    "milliseconds a webhook receiver may take to answer before the attempt counts as failed"),
            Key.of("--webhook-first-retry-ms", "OKOCE_WEBHOOK_FIRST_RETRY_MS", "okoce.webhooks.first-retry-ms", "MS", "5000",
                    "milliseconds before a failed delivery is tried again; the wait doubles after each failure, up to eight hours"),
            Key.of("--webhook-retry-hours", "OKOCE_WEBHOOK_RETRY_HOURS", "okoce.webhooks.retry-hours", "HOURS", "72",
                    "hours an endpoint may keep failing before it is disabled (its owner sees why; a replay enables it)"),
            Key.of("--webhook-workers", "OKOCE_WEBHOOK_WORKERS", "okoce.webhooks.workers", "N", "4",
                    "webhook endpoints delivered to at once"));

    /**
     * Four threads per processor and four for Jetty's acceptor, selector and reserve: enough to keep
     * the database busy, few enough that requests wait in Jetty's queue, first come first served,
     * rather than all at once on the processors and the connection pool (which lengthens the
     * slowest answers; measured in BENCHMARKS.md).
     */
    static int defaultHttpThreads() {
        return Math.max(8, 4 * Runtime.getRuntime().availableProcessors() + 4);
    }

    /**
     * Resolves every setting.
     *
     * @param flags      flag values given on the command line, by flag name (e.g. {@code --port})
     * @param env        the environment
     * @param configFile the properties file named by {@code --config}, if any
     * @throws SettingsException naming the setting whose value cannot be used
     */
    public static Settings load(Map<String, String> flags, Map<String, String> env, Optional<Path> configFile) {
        Optional<Path> file = configFile.or(() -> Optional.ofNullable(env.get("OKOCE_CONFIG")).map(Path::of))
                .or(() -> Optional.of(Path.of("okoce.properties")).filter(Files::isRegularFile));
        Properties properties = read(file);
        Map<String, String> resolved = new LinkedHashMap<>();
        Map<String, String> source = new LinkedHashMap<>();
        for (Key key : KEYS) {
            if (flags.get(key.flag()) != null) {
                resolved.put(key.flag(), flags.get(key.flag()));
                source.put(key.flag(), key.flag());
            } else if (env.get(key.env()) != null) {
                resolved.put(key.flag(), env.get(key.env()));
                source.put(key.flag(), key.env());
            } else if (properties.getProperty(key.property()) != null) {
                resolved.put(key.flag(), properties.getProperty(key.property()));
                source.put(key.flag(), key.property() + " in " + file.orElseThrow());
            } else {
                resolved.put(key.flag(), key.fallback());
                source.put(key.flag(), "the default");
            }
        }
        return new Settings(resolved.get("--host").strip(),
                number(resolved, source, "--port", 0, 65535),
                Path.of(resolved.get("--data-dir").strip()),
                Optional.of(resolved.get("--db-url").strip()).filter(s -> !s.isEmpty()),
                resolved.get("--db-user"),
                resolved.get("--db-password"),
                number(resolved, source, "--db-pool", 1, 1000),
                number(resolved, source, "--http-threads", 8, 1000),
                resolved.get("--embedded-db-port").isBlank() ? OptionalInt.empty()
                        : OptionalInt.of(number(resolved, source, "--embedded-db-port", 1, 65535)),
                Duration.ofSeconds(number(resolved, source, "--stop-timeout", 0, 3600)),
                Duration.ofMillis(number(resolved, source, "--db-timeout-ms", 250, 600_000)),
                Duration.ofHours(number(resolved, source, "--idempotency-hours", 1, 24 * 366)),
                Optional.of(resolved.get("--key-file").strip()).filter(f -> !f.isEmpty()).map(Path::of),
                Optional.of(resolved.get("--db-owner-user").strip()).filter(u -> !u.isEmpty()), resolved.get("--db-owner-password"),
                resolved.get("--retention-days").isBlank() ? Optional.empty()
                        : Optional.of(Period.ofDays(number(resolved, source, "--retention-days", 1, 36_600))),
                onOff(resolved, source, "--read-records"), target(resolved, source),
                new Webhooks(onOff(resolved, source, "--webhooks-allow-private"),
                        Duration.ofMillis(number(resolved, source, "--webhook-timeout-ms", 100, 120_000)),
                        Duration.ofMillis(number(resolved, source, "--webhook-first-retry-ms", 10, 3_600_000)),
                        Duration.ofHours(number(resolved, source, "--webhook-retry-hours", 1, 24 * 30)),
                        number(resolved, source, "--webhook-workers", 1, 64)),
                onOff(resolved, source, "--duplicate-check"));
    }

    private static GrowthTarget target(Map<String, String> resolved, Map<String, String> source) {
        long goal = number(resolved, source, "--target-goal", 1, 300_000_000);
        LocalDate start = date(resolved, source, "--target-start");
        LocalDate deadline = date(resolved, source, "--target-deadline");
        if (!deadline.isAfter(start)) {
            throw new SettingsException("target-deadline " + deadline + " must be after target-start " + start + " (from "
                    + source.get("--target-deadline") + ")");
        }
        Stage stage;
        try {
            stage = Stage.parse(resolved.get("--target-stage").strip());
        } catch (RuntimeException e) {
            throw new SettingsException("target-stage must be a stage code P1–P7, got '" + resolved.get("--target-stage")
                    + "' from " + source.get("--target-stage"));
        }
        return new GrowthTarget(goal, start, deadline, stage);
    }

    private static LocalDate date(Map<String, String> resolved, Map<String, String> source, String flag) {
        String raw = resolved.get(flag).strip();
        try {
            return LocalDate.parse(raw);
        } catch (java.time.format.DateTimeParseException e) {
            throw new SettingsException(flag.substring(2) + " must be a date like 2018-09-06, got '" + raw + "' from "
                    + source.get(flag));
        }
    }

    private static boolean onOff(Map<String, String> resolved, Map<String, String> source, String flag) {
        String raw = resolved.get(flag).strip();
        if (raw.equals("on") || raw.equals("off")) {
            return raw.equals("on");
        }
        throw new SettingsException(flag.substring(2) + " must be on or off, got '" + raw + "' from " + source.get(flag));
    }

    private static Properties read(Optional<Path> file) {
        Properties properties = new Properties();
        if (file.isPresent()) {
            try (Reader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new SettingsException("cannot read the properties file " + file.get() + " (--config, OKOCE_CONFIG): "
                        + e.getClass().getSimpleName());
            }
        }
        return properties;
    }

    private static int number(Map<String, String> resolved, Map<String, String> source, String flag, int min, int max) {
        String raw = resolved.get(flag).strip();
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingsException(flag.substring(2) + " must be a whole number " + min + "–" + max + ", got '" + raw
                + "' from " + source.get(flag));
    }

    /** These settings on the database at {@code url} (as a client), with NIKs sealed by the keys in {@code keyFile}. */
    public Settings onDatabase(String url, String user, String password, Path keyFile) {
        return new Settings(host, port, dataDir, Optional.of(url), user, password, dbPool, httpThreads, embeddedDbPort, stopTimeout,
                dbTimeout, replayRetention, Optional.of(keyFile), Optional.empty(), "", retention, readRecords, target, webhooks,
                duplicateCheck);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "Settings[" + host + ":" + port + ", " + dbUrl.map(u -> "database " + u).orElse("embedded database in " + dataDir)
                + ", pool " + dbPool + ", " + httpThreads + " HTTP threads]";
    }
}
