package id.okoce.adapter.jdbc;

import id.okoce.application.port.out.OutboundPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * One throwaway embedded PostgreSQL per test JVM (fast settings: fsync off), migrated once, with
 * one set of adapters that every PostgreSQL test shares. The contracts never assume empty tables.
 */
public final class TestDatabase {

    private static final TestDatabase INSTANCE = new TestDatabase();

    private final EmbeddedDatabase embedded;
    private final PostgresDatabase database;
    private final OutboundPorts ports;

    private TestDatabase() {
        try {
            Path dir = Files.createTempDirectory("okoce-test-pg");
            embedded = EmbeddedDatabase.start(dir.resolve("data"), OptionalInt.empty(), EmbeddedDatabase.Durability.FAST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = PostgresDatabase.open(embedded.config(24));
        database.migrate();
        ports = PostgresAdapters.create(database.dataSource());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            database.close();
            embedded.close();
        }, "test-postgres-stop"));
    }

    /** The shared database. */
    public static TestDatabase get() {
        return INSTANCE;
    }

    /** The adapters on it. */
    public OutboundPorts ports() {
        return ports;
    }

    /** The pooled database. */
    public PostgresDatabase database() {
        return database;
    }

    /** The embedded server. */
    public EmbeddedDatabase embedded() {
        return embedded;
    }
}
