package id.okoce.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schema refuses what the domain would refuse, even from a writer that skips the domain. */
class SchemaConstraintsTest {

    private static final String GOOD = "gen_random_uuid(), '31', nextval('member_seq_31'), '%s', 'Siti', '+6281234567890', "
            + "'%s', 'Warung', 'KULINER', '2017-03-01', NULL, '2018-09-10', NULL, %s, '2018-09-10', %s, %s, 1";

    private final Jdbi jdbi = Jdbi.create(TestDatabase.get().database().dataSource());

    private void insert(String nik, String kecamatan, String highest, String p2On, String p2Certificate) {
        jdbi.useHandle(h -> h.execute("INSERT INTO members (id, province, sequence, nik, full_name, phone, kecamatan, business_name, "
                + "business_sector, business_started_on, nib, registered_on, registered_by, highest_stage, p1_on, p2_on, "
                + "p2_certificate, version) VALUES (" + String.format(GOOD, nik, kecamatan, highest, p2On, p2Certificate) + ")"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "3171014507900000 | 317101 | 1 | NULL | NULL",
        "31710145079000   | 317101 | 1 | NULL | NULL",
        "3171014507900001 | 31.71.01 | 1 | NULL | NULL",
        "3171014507900001 | 327301 | 1 | NULL | NULL",
        "3171014507900001 | 317101 | 1 | '2018-09-20' | NULL",
        "3171014507900001 | 317101 | 2 | NULL | NULL",
        "3171014507900001 | 317101 | 8 | NULL | NULL",
    })
    void a_row_that_breaks_an_invariant_is_refused(String nik, String kecamatan, String highest, String p2On, String cert) {
        assertThatThrownBy(() -> insert(nik, kecamatan, highest, p2On, cert)).hasMessageContaining("violates");
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
