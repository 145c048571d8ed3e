package id.okoce.adapter.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.OptionalInt;

/**
 * A process that owns an embedded database until it is killed: the tests start it as a child JVM
 * to leave a server running behind a process that ends without stopping it.
 */
public final class EmbeddedOwner {

    private EmbeddedOwner() {
    }

    /** Starts the database on {@code args[0]}, writes a row, prints {@code READY <server pid>} and waits. */
    public static void main(String[] args) throws Exception {
        EmbeddedDatabase embedded = EmbeddedDatabase.start(Path.of(args[0]), OptionalInt.empty(), EmbeddedDatabase.Durability.DURABLE);
        try (PostgresDatabase database = PostgresDatabase.open(embedded.ownerConfig(1));
             Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS kept (note text)");
            s.execute("INSERT INTO kept VALUES ('written before the owner was killed')");
        }
        System.out.println("READY " + embedded.serverPid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
