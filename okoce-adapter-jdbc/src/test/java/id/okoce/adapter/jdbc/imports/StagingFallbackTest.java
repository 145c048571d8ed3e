package id.okoce.adapter.jdbc.imports;

import static id.okoce.application.contract.MemberImportStoreContract.row;
import static id.okoce.domain.testdata.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.okoce.adapter.jdbc.TestDatabase;
import id.okoce.application.port.out.MemberImportStore;
import id.okoce.application.port.out.MemberImportStore.RowConflict;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.member.Member;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.testdata.Niks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The import store's last resort: a NIK taken by a concurrent registration after the batch's
 * lookup sends the batch through the staging table, which still writes every free row once,
 * reports every other, and keeps the report counters right.
 */
class StagingFallbackTest {

    private static final LocalDate ON = LocalDate.of(2018, 9, 10);

    private final OutboundPorts ports = TestDatabase.get().ports();

    private Member saved(String nik, String name) {
        return ports.members().save(aMember().inKecamatan("35.78.01").withId(ports.identities().newMemberId()).withNik(nik)
                .named(name).withSequence(ports.identities().nextMemberNumber(ProvinceCode.of("35")).sequence()).build());
    }

    private long registered() {
        return ports.statistics().membersByStage(Optional.of(ProvinceCode.of("35"))).getOrDefault(Stage.REGISTRATION, 0L);
    }

    @Test
    void a_nik_taken_between_the_lookup_and_the_write_goes_through_the_staging_table_and_is_reported() {
        String taken = Niks.random();
        saved(taken, "Sudah Terdaftar");
        String fresh = Niks.random();
        String raced = Niks.random();
        long before = registered();
        List<String> seenByTheHook = new ArrayList<>();
        JdbcMemberImportStore store = new JdbcMemberImportStore(TestDatabase.get().database().dataSource(),
                new id.okoce.adapter.jdbc.member.MemberRows(TestDatabase.get().vault()), rows -> {
            rows.forEach(r -> seenByTheHook.add(r.registration().nik().value()));
            saved(raced, "Pendaftar Bersamaan");   // committed on another connection, mid-batch
        });

        MemberImportStore.BatchOutcome outcome;
        ImportJobId job = ImportJobId.random();
        try (MemberImportStore.Session session = store.open(job, false, new id.okoce.domain.audit.AuditEntry(java.time.Instant.now(),
                id.okoce.domain.audit.Who.of(id.okoce.domain.access.Actor.system()), id.okoce.domain.audit.Origin.command("test import"),
                id.okoce.domain.audit.AuditAction.MEMBERS_IMPORTED, job.toString(), java.util.Optional.empty(), java.util.Optional.empty(),
                List.of(), java.util.Optional.empty()))) {
            outcome = session.write(List.of(row(2, fresh, "Ani", "35.78.01", true), row(3, fresh, "Ani", "35.78.01", true),
                    row(4, taken, "Siti", "35.78.01", false), row(5, raced, "Budi", "35.78.01", false)));
            session.finish(true);
        }

        assertThat(seenByTheHook).as("the lookup set the stored NIK aside").containsExactlyInAnyOrder(fresh, raced);
        assertThat(outcome.inserted()).isEqualTo(1);
        assertThat(outcome.conflicts()).extracting(RowConflict::line, RowConflict::kind).containsExactlyInAnyOrder(
                tuple(3L, RowConflict.Kind.DUPLICATE_IN_FILE),
                tuple(4L, RowConflict.Kind.DUPLICATE_IN_DATABASE),
                tuple(5L, RowConflict.Kind.DUPLICATE_IN_DATABASE));
        assertThat(outcome.conflicts()).filteredOn(c -> c.line() == 5).singleElement()
                .satisfies(c -> assertThat(c.existing()).isPresent());
        assertThat(ports.members().findByNik(Nik.parse(raced, ON)).orElseThrow().fullName()).isEqualTo("Pendaftar Bersamaan");
        Member imported = ports.members().findByNik(Nik.parse(fresh, ON)).orElseThrow();
        assertThat(imported.stages().isDone(Stage.TRAINING)).isTrue();
        assertThat(registered() - before).as("the concurrent registration and the one imported row are counted").isEqualTo(2);
    }
}
