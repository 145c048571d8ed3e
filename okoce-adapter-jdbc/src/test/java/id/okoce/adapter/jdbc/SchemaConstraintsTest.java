package id.okoce.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schema refuses what the domain would refuse, even from a writer that skips the domain. */
class SchemaConstraintsTest {

    private static final String GOOD = "gen_random_uuid(), '31', '31', nextval('member_seq_31'), %s, 'F', 1990, '\\x0102030405060708', 'Siti', 'siti', "
            + "'+6281234567890', "
            + "'%s', 'Warung', 'KULINER', '2017-03-01', NULL, '2018-09-10', NULL, %s, '2018-09-10', %s, %s, 1";

    private final Jdbi jdbi = Jdbi.create(TestDatabase.get().database().dataSource());

    /** {@code nik} is the hash and sealed lengths, e.g. {@code 32/46} (random bytes: the NIK itself is never stored). */
    private void insert(String nik, String kecamatan, String highest, String p2On, String p2Certificate) {
        String[] lengths = nik.split("/");
        String bytes = "substring(sha512(gen_random_uuid()::text::bytea) || sha512(gen_random_uuid()::text::bytea) from 1 for %s)";
        String random = String.format(bytes, lengths[0]) + ", " + String.format(bytes, lengths[1]);
        // the right lengths: a real NIK's hash and sealed copy, so the row is one any reader of the table can open
        String real = id.okoce.domain.testdata.Niks.random();
        var vault = TestDatabase.get().vault();
        String niks = !nik.equals("16/46") ? random : "'\\x" + java.util.HexFormat.of().formatHex(vault.hash(real)) + "', '\\x"
                + java.util.HexFormat.of().formatHex(vault.seal(real)) + "'";
        jdbi.useHandle(h -> h.execute("INSERT INTO members (id, number_province, province, sequence, nik_hash, nik_sealed, sex, birth_year, birth_key, "
                + "full_name, "
                + "name_key, phone, kecamatan, business_name, "
                + "business_sector, business_started_on, nib, registered_on, registered_by, highest_stage, p1_on, p2_on, "
                + "p2_certificate, version) VALUES (" + String.format(GOOD, niks, kecamatan, highest, p2On, p2Certificate) + ")"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "15/46 | 317101 | 1 | NULL | NULL",
        "16/45 | 317101 | 1 | NULL | NULL",
        "16/46 | 31.71.01 | 1 | NULL | NULL",
        "16/46 | 327301 | 1 | NULL | NULL",
        "16/46 | 317101 | 1 | '2018-09-20' | NULL",
        "16/46 | 317101 | 2 | NULL | NULL",
        "16/46 | 317101 | 8 | NULL | NULL",
    })
    void a_row_that_breaks_an_invariant_is_refused(String nik, String kecamatan, String highest, String p2On, String cert) {
        assertThatThrownBy(() -> insert(nik, kecamatan, highest, p2On, cert)).hasMessageContaining("violates");
    }

    @org.junit.jupiter.api.Test
    void a_good_row_is_taken_so_the_refusals_above_are_for_their_one_fault() {
        insert("16/46", "317101", "1", "NULL", "NULL");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{2,3,4} | BANK",
        "{7}     | GOVERNMENT",
        "{1}     | GOVERNMENT",
        "{}      | EDUCATION",
        "{5}     | EDUCATION",
    })
    void an_agreement_whose_stages_do_not_fit_its_kind_is_refused(String stages, String kind) {
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("INSERT INTO partners (id, name, province, email, status, "
                + "registered_on, status_changed_on, version) VALUES (gen_random_uuid(), 'P', '32', 'a@b.id', 'VALIDATED', "
                + "'2018-09-01', '2018-09-07', 1); INSERT INTO agreements (id, partner_id, province, counterparty_kind, "
                + "counterparty_name, stages, valid_from) SELECT gen_random_uuid(), id, '32', '" + kind + "', 'X', '" + stages
                + "'::smallint[], '2018-10-01' FROM partners LIMIT 1"))).hasMessageContaining("violates");
    }
}
