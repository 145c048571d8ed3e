package id.okoce.adapter.jdbc.migration;

import id.okoce.adapter.jdbc.crypto.NikVault;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Possible duplicates. Each member gets a birth key, the keyed hash of the birth date and sex its NIK
 * encodes ({@link NikVault#birthKey}), filled from the sealed NIK in batches of 10,000, and an
 * index on (kabupaten/kota, birth key): with the phone's and the folded name's indexes, the blocks the duplicate check draws its
 * candidates from. The pairs found wait in {@code duplicate_pairs}, each pair once (the member with the
 * lower id first), with its score and what each comparison added.
 */
public final class V19__Birth_keys_and_duplicate_pairs extends BaseJavaMigration {

    private final NikVault vault;

    /** The migration, hashing under {@code vault}'s hash key. */
    public V19__Birth_keys_and_duplicate_pairs(NikVault vault) {
        this.vault = Objects.requireNonNull(vault, "vault");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE members ADD COLUMN birth_key bytea");
            // the counters do not move: nothing they count changes
            s.execute("ALTER TABLE members DISABLE TRIGGER USER");
        }
        MemberBatches.update(c, "id, nik_sealed", "AND nik_sealed IS NOT NULL", "UPDATE members SET birth_key = ? WHERE id = ?",
                (rs, update) -> {
                    update.setBytes(1, vault.birthKey(vault.open(rs.getBytes(2))));
                    update.setObject(2, rs.getObject(1, UUID.class));
                });
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE members ENABLE TRIGGER USER");
            s.execute("ALTER TABLE members ADD CONSTRAINT members_birth_key CHECK ((erased_on IS NULL) = (birth_key IS NOT NULL) "
                    + "AND (birth_key IS NULL OR length(birth_key) = " + NikVault.BIRTH_KEY_LENGTH + "))");
            s.execute("CREATE INDEX members_by_birth ON members (left(kecamatan, 4), birth_key) WHERE birth_key IS NOT NULL");
            s.execute("""
                    CREATE TABLE duplicate_pairs (
                        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                        first_id    uuid NOT NULL REFERENCES members (id),
                        second_id   uuid NOT NULL REFERENCES members (id),
                        score       double precision NOT NULL,
                        outcomes    text[] NOT NULL,
                        weights     double precision[] NOT NULL,
                        status      text NOT NULL CHECK (status IN ('OPEN', 'DISTINCT')),
                        found_by    text NOT NULL CHECK (found_by IN ('REGISTRATION', 'CONFIRMED_AT_REGISTRATION', 'SCAN')),
                        found_at    timestamptz NOT NULL,
                        resolved_at timestamptz,
                        resolved_by text CHECK (length(resolved_by) BETWEEN 1 AND 200),
                        reason      text CHECK (length(reason) BETWEEN 1 AND 500),
                        CHECK (first_id < second_id),
                        CHECK (cardinality(outcomes) = cardinality(weights)),
                        CHECK ((status = 'OPEN') = (resolved_at IS NULL) AND (resolved_at IS NULL) = (resolved_by IS NULL)),
                        UNIQUE (first_id, second_id)
                    )""");
            s.execute("CREATE INDEX duplicate_pairs_open ON duplicate_pairs (score, id) WHERE status = 'OPEN'");
            s.execute("CREATE INDEX duplicate_pairs_by_second ON duplicate_pairs (second_id)");
        }
    }
}
