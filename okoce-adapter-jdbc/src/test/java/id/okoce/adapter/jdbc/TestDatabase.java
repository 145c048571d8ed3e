package id.okoce.adapter.jdbc;

import id.okoce.application.port.out.OutboundPorts;

/**
 * One throwaway embedded PostgreSQL per test JVM (fast settings: fsync off; deleted when the JVM ends), migrated once, with
 * one set of adapters that every PostgreSQL test shares. The contracts never assume empty tables.
 */
public final class TestDatabase {

    private static final TestDatabase INSTANCE = new TestDatabase();

    private final EmbeddedDatabase embedded;
    private final PostgresDatabase database;
    private final OutboundPorts ports;

    private TestDatabase() {
        embedded = EmbeddedDatabase.startThrowaway("okoce-test-pg", EmbeddedDatabase.Durability.FAST);
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
