package id.okoce.adapter.jdbc.migration;

import id.okoce.adapter.jdbc.crypto.NikVault;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * No NIK in clear at rest: each member's NIK becomes a keyed hash ({@code nik_hash}, unique: one
 * NIK, one member) and a sealed copy ({@code nik_sealed}), in batches of 10,000, and the clear
 * column is dropped. Runs in the migration's transaction: all members or none.
 */
public final class V9__Seal_niks extends BaseJavaMigration {

    private static final int BATCH = 10_000;
    private final NikVault vault;

    /** The migration, sealing under {@code vault}'s current key. */
    public V9__Seal_niks(NikVault vault) {
        this.vault = Objects.requireNonNull(vault, "vault");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE members ADD COLUMN nik_hash bytea, ADD COLUMN nik_sealed bytea");
            // the counters do not move: no stage changes (the statement triggers would recount every batch)
            s.execute("ALTER TABLE members DISABLE TRIGGER USER");
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, nik FROM members WHERE id > ? ORDER BY id LIMIT " + BATCH);
             PreparedStatement update = c.prepareStatement("UPDATE members SET nik_hash = ?, nik_sealed = ? WHERE id = ?")) {
            UUID after = new UUID(0, 0);
            boolean more = true;
            while (more) {
                select.setObject(1, after);
                int rows = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getObject(1, UUID.class);
                        String nik = rs.getString(2);
                        update.setBytes(1, vault.hash(nik));
                        update.setBytes(2, vault.seal(nik));
                        update.setObject(3, after);
                        update.addBatch();
                        rows++;
                    }
                }
                if (rows > 0) {
                    update.executeBatch();
                }
                more = rows == BATCH;
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE members ENABLE TRIGGER USER");
            s.execute("ALTER TABLE members DROP CONSTRAINT members_nik, DROP COLUMN nik, "
                    + "ALTER COLUMN nik_hash SET NOT NULL, ALTER COLUMN nik_sealed SET NOT NULL, "
                    + "ADD CONSTRAINT members_nik UNIQUE (nik_hash), "
                    + "ADD CONSTRAINT members_nik_sealed CHECK (length(nik_hash) = " + NikVault.HASH_LENGTH + " AND length(nik_sealed) = "
                    + NikVault.SEALED_LENGTH + ")");
        }
    }
}
