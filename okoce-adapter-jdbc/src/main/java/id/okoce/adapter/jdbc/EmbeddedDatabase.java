package id.okoce.adapter.jdbc;

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
import java.util.Comparator;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL 18 on a persistent data directory, reused on the next start. The
 * library's defaults are not durable (fsync and synchronous_commit off); {@link Durability#DURABLE}
 * turns both on, and is what the service uses. Tests may ask for {@link Durability#FAST}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "okoce";

    /** Whether commits survive a power cut. */
    public enum Durability {
        /** fsync, synchronous_commit and full_page_writes on. */
        DURABLE,
        /** All three off: for throwaway test databases only. */
        FAST
    }

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Path removedOnClose;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, Path removedOnClose) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.removedOnClose = removedOnClose;
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
     * @throws DatabaseUnavailableException when it cannot start (e.g. another server holds the directory)
     */
    public static EmbeddedDatabase start(Path dataDirectory, OptionalInt port, Durability durability) {
        return start(dataDirectory, port, durability, null);
    }

    private static EmbeddedDatabase start(Path dataDirectory, OptionalInt port, Durability durability, Path removedOnClose) {
        String on = durability == Durability.DURABLE ? "on" : "off";
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", on)
                    .setServerConfig("synchronous_commit", on)
                    .setServerConfig("full_page_writes", on)
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min");
            port.ifPresent(builder::setPort);
            EmbeddedPostgres postgres = builder.start();
            createDatabase(postgres);
            LOG.info("embedded PostgreSQL on port {} with data in {} ({})", postgres.getPort(), dataDirectory, durability);
            return new EmbeddedDatabase(postgres, dataDirectory, removedOnClose);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new DatabaseUnavailableException("embedded PostgreSQL did not start on data directory " + dataDirectory
                    + " (OKOCE_DATA_DIR): " + oneLine(e), e);
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

    /** How to connect to the {@code okoce} database, with a pool of {@code poolSize}. */
    public DatabaseConfig config(int poolSize) {
        return new DatabaseConfig(postgres.getJdbcUrl("postgres", DATABASE), "postgres", "", poolSize);
    }

    /** The port it listens on. */
    public int port() {
        return postgres.getPort();
    }

    /** The data directory. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * Stops the server cleanly (a fast shutdown: sessions end, everything committed stays); a
     * throwaway server's directory is then deleted.
     */
    @Override
    public void close() {
        try {
            postgres.close();
            if (removedOnClose != null) {
                deleteTree(removedOnClose);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
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
