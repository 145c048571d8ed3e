package id.okoce.adapter.jdbc.migration;

import id.okoce.adapter.jdbc.crypto.NikVault;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.member.PersonNames;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * No NIK in clear at rest: each member's NIK becomes a keyed hash ({@code nik_hash}, unique: one
 * NIK, one member) and a sealed copy ({@code nik_sealed}), in batches of 10,000, and the clear
 * column is dropped. While the NIK is in hand, what is derived from it and from the name is kept
 * beside it: the sex and birth year (which outlive an erasure) and the name's search key. Runs in
 * the migration's transaction: all members or none.
 */
public final class V9__Seal_niks extends BaseJavaMigration {

    private final NikVault vault;

    /** The migration, sealing under {@code vault}'s current key. */
    public V9__Seal_niks(NikVault vault) {
        this.vault = Objects.requireNonNull(vault, "vault");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE members ADD COLUMN nik_hash bytea, ADD COLUMN nik_sealed bytea, ADD COLUMN sex char(1), "
                    + "ADD COLUMN birth_year smallint, ADD COLUMN name_key text");
            // the counters do not move: no stage changes (the statement triggers would recount every batch)
            s.execute("ALTER TABLE members DISABLE TRIGGER USER");
        }
        MemberBatches.update(c, "id, nik, registered_on, full_name", "",
                "UPDATE members SET nik_hash = ?, nik_sealed = ?, sex = ?, birth_year = ?, name_key = ? WHERE id = ?", (rs, update) -> {
                    String nik = rs.getString(2);
                    Nik parsed = Nik.parse(nik, rs.getObject(3, LocalDate.class));
                    update.setBytes(1, vault.hash(nik));
                    update.setBytes(2, vault.seal(nik));
                    update.setString(3, parsed.sex() == Sex.FEMALE ? "F" : "M");
                    update.setInt(4, parsed.birthDate().getYear());
                    update.setString(5, PersonNames.searchKey(rs.getString(4)));
                    update.setObject(6, rs.getObject(1, UUID.class));
                });
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE members ENABLE TRIGGER USER");
            s.execute("ALTER TABLE members DROP CONSTRAINT members_nik, DROP COLUMN nik, "
                    + "ALTER COLUMN nik_hash SET NOT NULL, ALTER COLUMN nik_sealed SET NOT NULL, ALTER COLUMN sex SET NOT NULL, "
                    + "ALTER COLUMN birth_year SET NOT NULL, ALTER COLUMN name_key SET NOT NULL, "
                    + "ADD CONSTRAINT members_sex CHECK (sex IN ('M', 'F')), "
                    + "ADD CONSTRAINT members_nik UNIQUE (nik_hash), "
                    + "ADD CONSTRAINT members_nik_sealed CHECK (length(nik_hash) = " + NikVault.HASH_LENGTH + " AND length(nik_sealed) = "
                    + NikVault.SEALED_LENGTH + ")");
        }
    }
}
