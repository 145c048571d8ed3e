package id.okoce.adapter.jdbc.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * Re-seals every NIK under the vault's current key, in batches of {@value #BATCH} members, each
 * batch its own short transaction, so that the service keeps serving meanwhile. A row changed
 * between reading and writing is left for the next pass (the write names the ciphertext it read).
 */
public final class Resealer {

    /** Members re-sealed per transaction. */
    public static final int BATCH = 1_000;

    private final DataSource dataSource;
    private final NikVault vault;

    /** A resealer of the members in {@code dataSource}, under {@code vault}'s current key. */
    public Resealer(DataSource dataSource, NikVault vault) {
        this.dataSource = dataSource;
        this.vault = vault;
    }

    /**
     * One pass over every member; returns how many were re-sealed.
     *
     * @param progress told the running count after each batch
     */
    public long pass(LongConsumer progress) throws SQLException {
        int current = vault.currentKey();
        long resealed = 0;
        UUID after = new UUID(0, 0);
        try (Connection c = unbounded()) {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id, nik_sealed FROM members WHERE id > ? AND nik_sealed IS NOT NULL ORDER BY id LIMIT " + BATCH);
                 PreparedStatement update = c.prepareStatement(
                         "UPDATE members SET nik_sealed = ? WHERE id = ? AND nik_sealed = ?")) {
                c.setAutoCommit(false);
                while (true) {
                    select.setObject(1, after);
                    int seen = 0;
                    int batched = 0;
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            seen++;
                            after = rs.getObject(1, UUID.class);
                            byte[] sealed = rs.getBytes(2);
                            if (NikVault.keyOf(sealed) != current) {
                                update.setBytes(1, vault.seal(vault.open(sealed)));
                                update.setObject(2, after);
                                update.setBytes(3, sealed);
                                update.addBatch();
                                batched++;
                            }
                        }
                    }
                    if (batched > 0) {
                        for (int n : update.executeBatch()) {
                            resealed += n;
                        }
                    }
                    c.commit();
                    progress.accept(resealed);
                    if (seen < BATCH) {
                        return resealed;
                    }
                }
            } finally {
                c.setAutoCommit(true);
                bounded(c);
            }
        }
    }

    /** How many members have a NIK sealed under a key other than the current one. */
    public long underOlderKeys() throws SQLException {
        try (Connection c = unbounded()) {
            try (PreparedStatement count = c.prepareStatement(
                    "SELECT count(*) FROM members WHERE nik_sealed IS NOT NULL AND get_byte(nik_sealed, 0) * 256 + get_byte(nik_sealed, 1) <> ?")) {
                count.setInt(1, vault.currentKey());
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } finally {
                bounded(c);
            }
        }
    }

    /** A pooled connection without the pool's time bounds: a pass takes as long as the register is large. */
    private Connection unbounded() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setNetworkTimeout(Runnable::run, 0);
        try (var s = c.createStatement()) {
            s.execute("SET statement_timeout = 0");
        }
        return c;
    }

    private static void bounded(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("RESET statement_timeout");
        }
    }
}
