package id.okoce.adapter.jdbc;

import id.okoce.adapter.jdbc.crypto.KeyRing;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL 18 on a persistent data directory, reused on the next start. The
 * library's defaults are not durable (fsync and synchronous_commit off); {@link Durability#DURABLE}
 * turns both on, and is what the service uses. Tests may ask for {@link Durability#FAST}.
 *
 * <p>The data directory holds the PostgreSQL files in {@code postgres/} and, beside them, the lock
 * that says which process owns the directory. Starting on a directory whose previous owner ended
 * without stopping its server (a {@code kill -9}, a power cut of the JVM only) stops that leftover
 * server cleanly first; a directory owned by a live process, or held by a PostgreSQL this service
 * did not start, is refused with a message naming the process. While it runs, {@link #superviseRestarts}
 * restarts the server on the same directory and port whenever it dies.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "okoce";
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(60);
    private static final Duration WATCH_EVERY = Duration.ofMillis(200);

    /** Whether commits survive a power cut. */
    public enum Durability {
        /** fsync, synchronous_commit and full_page_writes on. */
        DURABLE,
        /** All three off: for throwaway test databases only. */
        FAST
    }

    /** The file of the data directory holding the superuser's password (owner-only): migrations and maintenance. */
    public static final String PASSWORD_FILE = "okoce-db-password";
    /** The file of the data directory holding the service role's password (owner-only). */
    public static final String SERVICE_PASSWORD_FILE = "okoce-db-service-password";
    /**
     * The role the service connects as: it owns nothing, and may read and write the tables but not
     * rewrite the audit trail or the read records, nor change the schema.
     */
    public static final String SERVICE_ROLE = "okoce_service";
    /** The file of the data directory holding the NIK key ring (owner-only). */
    public static final String KEY_FILE = "okoce-keys";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Path pgdata;
    private final DataDirectoryLock lock;
    private final Map<String, String> serverConfig;
    private final Path removedOnClose;
    private final String password;
    private final String servicePassword;
    private final Optional<Path> pgCtl;
    private volatile Postmaster server;
    private volatile boolean closing;
    private Thread supervisor;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, DataDirectoryLock lock, Map<String, String> serverConfig,
                             Path removedOnClose, String password, String servicePassword) {
        this.postgres = postgres;
        this.password = password;
        this.servicePassword = servicePassword;
        this.dataDirectory = dataDirectory;
        this.pgdata = dataDirectory.resolve("postgres");
        this.lock = lock;
        this.serverConfig = serverConfig;
        this.removedOnClose = removedOnClose;
        this.server = Postmaster.of(pgdata).orElseThrow(() -> new IllegalStateException("the server wrote no postmaster.pid"));
        this.pgCtl = server.pgCtl();
    }

    /**
     * Starts a throwaway server in a new temporary directory on a free port; {@link #close()} stops
     * it and deletes the directory, so tests and benchmarks leave nothing behind.
     */
    public static EmbeddedDatabase startThrowaway(String prefix, Durability durability) {
        Path directory;
        try {
            directory = Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(directory.resolve("data"), OptionalInt.empty(), durability, directory);
    }

    /**
     * Starts the server on {@code dataDirectory} (created and initialised if new, reused otherwise)
     * and makes sure the {@code okoce} database exists.
     *
     * @param port the port to listen on, or empty for a free one
     * @throws DatabaseUnavailableException when it cannot start (e.g. another process owns the
     *                                      directory), naming what holds it
     */
    public static EmbeddedDatabase start(Path dataDirectory, OptionalInt port, Durability durability) {
        return start(dataDirectory, port, durability, null);
    }

    private static EmbeddedDatabase start(Path dataDirectory, OptionalInt port, Durability durability, Path removedOnClose) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("cannot create the embedded data directory " + dataDirectory
                    + " (OKOCE_DATA_DIR): " + oneLine(e), e);
        }
        DataDirectoryLock lock = DataDirectoryLock.take(dataDirectory);
        try {
            Path pgdata = dataDirectory.resolve("postgres");
            adoptEarlierLayout(dataDirectory, pgdata);
            stopLeftover(pgdata);
            Map<String, String> config = serverConfig(durability);
            String password = Secrets.readOrCreate(dataDirectory.resolve(PASSWORD_FILE), pgdata);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setConnectConfig("password", password)
                    .setDataDirectory(pgdata.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            config.forEach(builder::setServerConfig);
            port.ifPresent(builder::setPort);
            EmbeddedPostgres postgres = builder.start();
            requirePasswords(postgres, pgdata, password);
            createDatabase(postgres);
            String servicePassword = Secrets.readOrCreate(dataDirectory.resolve(SERVICE_PASSWORD_FILE));
            serviceRole(postgres, servicePassword);
            KeyRing.readOrCreate(dataDirectory.resolve(KEY_FILE));
            LOG.info("embedded PostgreSQL on port {} with data in {} ({})", postgres.getPort(), dataDirectory, durability);
            return new EmbeddedDatabase(postgres, dataDirectory, lock, config, removedOnClose, password, servicePassword);
        } catch (DatabaseUnavailableException e) {
            lock.close();
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            lock.close();
            throw new DatabaseUnavailableException("embedded PostgreSQL did not start on data directory " + dataDirectory
                    + " (OKOCE_DATA_DIR): " + oneLine(e), e);
        } catch (InterruptedException e) {
            lock.close();
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException("interrupted while starting embedded PostgreSQL", e);
        }
    }

    private static Map<String, String> serverConfig(Durability durability) {
        String on = durability == Durability.DURABLE ? "on" : "off";
        Map<String, String> config = new LinkedHashMap<>();
        config.put("fsync", on);
        config.put("synchronous_commit", on);
        config.put("full_page_writes", on);
        config.put("unix_socket_directories", "");
        config.put("listen_addresses", "localhost");
        config.put("max_connections", "200");
        config.put("shared_buffers", "512MB");
        config.put("max_wal_size", "4GB");
        config.put("checkpoint_timeout", "15min");
        config.put("timezone", "UTC");
        config.put("cluster_name", Postmaster.MARKER.substring(Postmaster.MARKER.indexOf('=') + 1));
        return config;
    }

    /**
     * Before the PostgreSQL files moved into {@code postgres/}, they lay in the data directory
     * itself: moves them there (nothing runs on them: a server left running is refused first).
     */
    private static void adoptEarlierLayout(Path dataDirectory, Path pgdata) throws IOException {
        if (!Files.exists(dataDirectory.resolve("PG_VERSION")) || Files.exists(pgdata)) {
            return;
        }
        Optional<Postmaster> running = Postmaster.of(dataDirectory).filter(Postmaster::running).filter(Postmaster::isPostgres);
        if (running.isPresent()) {
            throw new DatabaseUnavailableException("PostgreSQL " + running.get() + " runs on the data directory " + dataDirectory
                    + " (OKOCE_DATA_DIR); stop it, then start again", null);
        }
        LOG.info("moving the PostgreSQL files of {} into {}", dataDirectory, pgdata);
        Files.createDirectories(pgdata);
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> list = Files.list(dataDirectory)) {
            list.filter(p -> !p.equals(pgdata) && !p.getFileName().toString().equals(DataDirectoryLock.FILE)).forEach(entries::add);
        }
        for (Path entry : entries) {
            Files.move(entry, pgdata.resolve(entry.getFileName()));
        }
    }

    /**
     * The lock is ours, so no live service uses the directory; a server still running on it was
     * left behind by one that ended without stopping it, and is stopped cleanly. A PostgreSQL this
     * service did not start is refused; a PID file naming some other program is stale and removed.
     */
    private static void stopLeftover(Path pgdata) throws InterruptedException, IOException {
        Optional<Postmaster> named = Postmaster.of(pgdata);
        if (named.isPresent() && !named.get().running()) {
            awaitReaped(named.get());
        }
        Optional<Postmaster> found = named.filter(Postmaster::running);
        if (found.isEmpty()) {
            return;
        }
        Postmaster leftover = found.get();
        if (!leftover.isPostgres()) {
            LOG.warn("{}/postmaster.pid names {}, which is not PostgreSQL: the file is stale, removing it", pgdata, leftover);
            Files.deleteIfExists(pgdata.resolve("postmaster.pid"));
            return;
        }
        if (!leftover.startedByService()) {
            throw new DatabaseUnavailableException("the embedded data directory " + pgdata + " (OKOCE_DATA_DIR) is held by a "
                    + "PostgreSQL server this service did not start, " + leftover + "; stop it or choose another --data-dir", null);
        }
        LOG.warn("embedded PostgreSQL {} was left running on {} by a service that ended without stopping it; stopping it",
                leftover, pgdata);
        if (!leftover.stop(pgdata, STOP_PATIENCE)) {
            throw new DatabaseUnavailableException("the embedded PostgreSQL left running on " + pgdata + ", " + leftover
                    + ", would not stop", null);
        }
        LOG.info("the leftover embedded PostgreSQL (PID {}) stopped", leftover.pid());
    }

    /**
     * A server that died is gone for PostgreSQL only once its process has been reaped: until then
     * its PID still answers, and a new server refuses the directory. Waits for that (a second or
     * so), or says what holds the directory.
     */
    private static void awaitReaped(Postmaster dead) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ProcessHandle.of(dead.pid()).isPresent() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        if (ProcessHandle.of(dead.pid()).isPresent()) {
            throw new DatabaseUnavailableException("the embedded PostgreSQL that ran on this directory (PID " + dead.pid()
                    + ") has ended but its process was never reaped by its parent; restart the machine's init or remove "
                    + "postmaster.pid once no PostgreSQL runs on it", null);
        }
    }

    /** Every connection proves the password, local ones included (SCRAM-SHA-256). */
    static final String PG_HBA = """
            # Written by OK OCE Network: every connection proves the password (SCRAM-SHA-256), local ones too.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    /**
     * A new cluster trusts every local connection (that is how initdb leaves it): the superuser gets
     * the data directory's password, and the server is told to require it from then on.
     */
    private static void requirePasswords(EmbeddedPostgres postgres, Path pgdata, String password) throws SQLException, IOException {
        Path hba = pgdata.resolve("pg_hba.conf");
        if (Files.readString(hba).equals(PG_HBA)) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("ALTER ROLE postgres PASSWORD '" + password + "'");
            Files.writeString(hba, PG_HBA);
            statement.execute("SELECT pg_reload_conf()");
        }
        LOG.info("embedded PostgreSQL now requires the password in {} for every connection", PASSWORD_FILE);
    }

    /** The service's role, with the password of its file (set again at each start: the file is the truth). */
    private static void serviceRole(EmbeddedPostgres postgres, String password) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            boolean exists;
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + SERVICE_ROLE + "'")) {
                exists = rs.next();
            }
            statement.execute((exists ? "ALTER" : "CREATE") + " ROLE " + SERVICE_ROLE + " WITH LOGIN NOSUPERUSER NOCREATEDB "
                    + "NOCREATEROLE PASSWORD '" + password + "'");
            statement.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + DATABASE + " TO " + SERVICE_ROLE);
        }
    }

    private static void createDatabase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    /**
     * Watches the server from now on: when it dies (killed, crashed), it is restarted on the same
     * data directory and port — PostgreSQL's crash recovery replays its log, so every committed
     * transaction is there — retrying until it runs again. Clients reconnect by themselves.
     */
    public synchronized void superviseRestarts() {
        if (supervisor != null) {
            return;
        }
        supervisor = new Thread(this::supervise, "okoce-embedded-postgres-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    private void supervise() {
        try {
            while (!closing) {
                Thread.sleep(WATCH_EVERY.toMillis());
                Postmaster watched = server;
                if (closing || watched.running()) {
                    continue;
                }
                LOG.warn("embedded PostgreSQL (PID {}) on {} ended unexpectedly; restarting it", watched.pid(), dataDirectory);
                long began = System.nanoTime();
                int attempt = 0;
                while (!closing && !restart()) {
                    attempt++;
                    if (attempt % 20 == 0) {
                        LOG.warn("embedded PostgreSQL still does not start after {} attempts; see {}", attempt,
                                dataDirectory.resolve("postgres-restarts.log"));
                    }
                    Thread.sleep(Math.min(2_000, 100L << Math.min(attempt, 5)));
                }
                if (!closing) {
                    LOG.info("embedded PostgreSQL restarted on port {} in {} ms after {} attempts (PID {})", port(),
                            (System.nanoTime() - began) / 1_000_000, attempt + 1, server.pid());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One attempt to have a server running on the directory again; true when one runs. */
    private boolean restart() throws InterruptedException {
        Optional<Postmaster> running = Postmaster.of(pgdata).filter(Postmaster::running).filter(Postmaster::startedByService);
        if (running.isEmpty()) {
            if (pgCtl.isEmpty()) {
                LOG.error("cannot restart embedded PostgreSQL: pg_ctl not found");
                return false;
            }
            List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port()), "-F"));
            serverConfig.forEach((key, value) -> options.add("-c " + key + "=" + value));
            int exit = Postmaster.run(Postmaster.asPostgresUser(List.of(pgCtl.get().toString(), "-D", pgdata.toString(),
                    "-o", String.join(" ", options), "-l", dataDirectory.resolve("postgres-restarts.log").toString(),
                    "-w", "-t", "60", "start")), Duration.ofSeconds(70));
            if (exit != 0) {
                LOG.debug("embedded PostgreSQL did not start yet (pg_ctl exit {}); see {}", exit,
                        dataDirectory.resolve("postgres-restarts.log"));
                return false;
            }
            running = Postmaster.of(pgdata).filter(Postmaster::running);
        }
        running.ifPresent(p -> server = p);
        return running.isPresent();
    }

    /**
     * How the service connects to the {@code okoce} database, as {@value #SERVICE_ROLE}, with a pool
     * of {@code poolSize}; its privileges are given by {@link PostgresDatabase#migrate(DatabaseConfig, id.okoce.adapter.jdbc.crypto.NikVault, String)}.
     */
    public DatabaseConfig config(int poolSize) {
        return new DatabaseConfig(url(), SERVICE_ROLE, servicePassword, poolSize);
    }

    /** How the owner of the schema (the superuser) connects: for migrations and maintenance, never for serving. */
    public DatabaseConfig ownerConfig(int poolSize) {
        return new DatabaseConfig(url(), "postgres", password, poolSize);
    }

    /** The JDBC URL of the {@code okoce} database, naming no user (the user is given apart, with its password). */
    private String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /**
     * How to connect, as a client, to the embedded server a running service keeps on
     * {@code dataDirectory}: its port from {@code postmaster.pid}, the password from the data
     * directory. Empty when no server this service started runs there. For commands that must
     * work beside the running service (e.g. {@code okoce keys rotate}).
     */
    public static Optional<DatabaseConfig> runningOn(Path dataDirectory, int poolSize) {
        Path pgdata = dataDirectory.resolve("postgres");
        Optional<Postmaster> server = Postmaster.of(pgdata).filter(Postmaster::running).filter(Postmaster::startedByService);
        if (server.isEmpty() || server.get().port().isEmpty()) {
            return Optional.empty();
        }
        try {
            String password = Files.readString(dataDirectory.resolve(PASSWORD_FILE)).strip();
            return Optional.of(new DatabaseConfig("jdbc:postgresql://localhost:" + server.get().port().get() + "/" + DATABASE,
                    "postgres", password, poolSize));
        } catch (IOException e) {
            throw new DatabaseUnavailableException("the embedded server runs on " + dataDirectory + " but its password file "
                    + "cannot be read: " + oneLine(e), e);
        }
    }

    /**
     * The key file of this data directory ({@value #KEY_FILE}), created with a new key ring on first
     * start, readable by its owner only.
     */
    public Path keyFile() {
        return dataDirectory.resolve(KEY_FILE);
    }

    /** The port it listens on. */
    public int port() {
        return postgres.getPort();
    }

    /** The service data directory (the PostgreSQL files are in its {@code postgres/}). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The PostgreSQL data directory ({@code PGDATA}), inside the service data directory. */
    public Path postgresDirectory() {
        return pgdata;
    }

    /** The PID of the PostgreSQL server running now. */
    public long serverPid() {
        return server.pid();
    }

    /**
     * Stops the server cleanly (a fast shutdown: sessions end, everything committed stays), waits
     * for it to end and releases the directory; a throwaway server's directory is then deleted.
     */
    @Override
    public void close() {
        closing = true;
        Thread watching;
        synchronized (this) {
            watching = supervisor;
        }
        if (watching != null) {
            watching.interrupt();
        }
        try {
            postgres.close();
            Postmaster stopping = server;
            if (stopping.running() && !stopping.stop(pgdata, STOP_PATIENCE)) {
                LOG.warn("embedded PostgreSQL {} did not stop", stopping);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.close();
        }
        if (removedOnClose != null) {
            try {
                deleteTree(removedOnClose);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + removedOnClose, e);
            }
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
