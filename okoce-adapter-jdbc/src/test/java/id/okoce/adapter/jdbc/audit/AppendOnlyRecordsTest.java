package id.okoce.adapter.jdbc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.adapter.jdbc.EmbeddedDatabase;
import id.okoce.adapter.jdbc.PostgresDatabase;
import id.okoce.adapter.jdbc.TestDatabase;
import id.okoce.domain.access.Actor;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.audit.Origin;
import id.okoce.domain.audit.ReadRecord;
import id.okoce.domain.audit.Who;
import id.okoce.domain.member.MemberId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The audit trail and the read records cannot be rewritten: the service's role lacks the
 * privileges, and the tables' triggers refuse even their owner (here the superuser, whom no
 * privilege stops).
 */
class AppendOnlyRecordsTest {

    private static final MemberId MEMBER = MemberId.random();

    @BeforeAll
    static void someRecords() throws Exception {
        var ports = TestDatabase.get().ports();
        ports.audit().append(new AuditEntry(Instant.now(), Who.of(Actor.system()), Origin.direct(), AuditAction.MEMBER_CORRECTED,
                MEMBER.toString(), Optional.of(MEMBER), Optional.empty(), List.of(FieldChange.of("fullName", "Siti", "Sita")),
                Optional.empty()));
        ports.reads().record(List.of(new ReadRecord(Instant.now(), Who.of(Actor.system()), Origin.direct(), "member-detail", MEMBER)))
                .get(10, TimeUnit.SECONDS);
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UPDATE audit_log SET reason = 'rewritten'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log CASCADE",
        "UPDATE read_records SET purpose = 'rewritten'",
        "DELETE FROM read_records",
        "TRUNCATE read_records",
        "UPDATE audit_personal_values SET before = 'rewritten'",
        "TRUNCATE audit_personal_values"})
    void the_service_role_may_not(String rewrite) throws Exception {
        try (Connection c = TestDatabase.get().database().dataSource().getConnection()) {
            assertThat(c.getMetaData().getUserName()).isEqualTo(EmbeddedDatabase.SERVICE_ROLE);
            assertThatThrownBy(() -> run(c, rewrite)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as("permission denied").isEqualTo("42501"))
                    .hasMessageContaining("permission denied");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UPDATE audit_log SET reason = 'rewritten'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log CASCADE",
        "UPDATE read_records SET purpose = 'rewritten'",
        "DELETE FROM read_records",
        "TRUNCATE read_records",
        "UPDATE audit_personal_values SET before = 'rewritten'"})
    void nor_may_the_owner_whom_no_privilege_stops(String rewrite) throws Exception {
        try (PostgresDatabase owner = PostgresDatabase.open(TestDatabase.get().embedded().ownerConfig(1));
             Connection c = owner.dataSource().getConnection()) {
            assertThatThrownBy(() -> run(c, rewrite)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("refused: the record is append-only");
        }
        assertThat(TestDatabase.get().ports().audit().ofMember(MEMBER)).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsExactly(FieldChange.of("fullName", "Siti", "Sita")));
        assertThat(TestDatabase.get().ports().reads().ofMember(MEMBER)).extracting(ReadRecord::purpose).containsExactly("member-detail");
    }

    @Test
    void the_service_may_append_and_an_erasure_may_delete_personal_values() throws Exception {
        try (Connection c = TestDatabase.get().database().dataSource().getConnection()) {
            run(c, "DELETE FROM audit_personal_values WHERE member_id = '" + MemberId.random() + "'");
        }
    }
}
