package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.okoce.application.port.out.ImportedMember;
import id.okoce.application.port.out.MemberImportStore;
import id.okoce.application.port.out.MemberImportStore.RowConflict;
import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.Registration;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.stage.StageRecord;
import id.okoce.domain.stage.StageRules;
import id.okoce.domain.testdata.Niks;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import id.okoce.domain.access.Actor;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.audit.Origin;
import id.okoce.domain.audit.Who;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of {@link MemberImportStore}. */
public abstract class MemberImportStoreContract extends PortContract {

    private static final LocalDate ON = LocalDate.of(2018, 9, 10);

    /** An import row at {@code line}: a registration on 2018-09-10 in {@code kecamatan}, with P2 done when {@code trained}. */
    public static ImportedMember row(long line, String nik, String name, String kecamatan, boolean trained) {
        Registration registration = new Registration(Nik.parse(nik, ON), name, PhoneNumber.parse("081234567890"),
                KecamatanCode.of(kecamatan), new Business("Warung", BusinessSector.KULINER, LocalDate.of(2017, 1, 1), Optional.empty()),
                ON, Optional.empty()).check(TODAY);
        StageRecord stages = StageRecord.registeredOn(ON);
        if (trained) {
            stages = stages.complete(new StageCompletion(Stage.TRAINING, ON.plusDays(5), new StageEvidence.TrainingCertificate("S")),
                    registration.domicile(), TODAY, StageRules.standard((p, s, d) -> true));
        }
        return new ImportedMember(line, registration, stages);
    }

    /** The audit entry of an import job, as the import service makes it. */
    static AuditEntry imported(ImportJobId job) {
        return new AuditEntry(Instant.parse("2026-12-03T02:00:00Z"), Who.of(Actor.system()), Origin.command("okoce import"),
                AuditAction.MEMBERS_IMPORTED, job.toString(), Optional.empty(), Optional.empty(), List.of(), Optional.of("import of a.csv"));
    }

    /** The job of the session opened last. */
    private ImportJobId job;

    private Map<Stage, Long> stages(String province) {
        return ports.statistics().membersByStage(Optional.of(ProvinceCode.of(province)));
    }

    @Test
    void a_batch_is_written_with_member_numbers_and_counted_in_the_reports() {
        Map<Stage, Long> before = stages("53");
        String nik = Niks.random();
        try (MemberImportStore.Session session = ports.imports().open(job = ImportJobId.random(), false, imported(job))) {
            MemberImportStore.BatchOutcome outcome = session.write(List.of(row(2, nik, "Siti", "53.71.01", true),
                    row(3, Niks.random(), "Budi", "53.71.01", false)));
            assertThat(outcome.inserted()).isEqualTo(2);
            assertThat(outcome.conflicts()).isEmpty();
            session.finish(true);
        }
        Member stored = ports.members().findByNik(Nik.parse(nik, ON)).orElseThrow();
        assertThat(ports.audit().ofMember(stored.id())).as("the batch's audit entry names the job and how many it wrote")
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.MEMBERS_IMPORTED);
                    assertThat(e.changes()).containsExactly(FieldChange.of("members", null, 2));
                });
        assertThat(stored.number().province()).isEqualTo(ProvinceCode.of("53"));
        assertThat(stored.stages().isDone(Stage.TRAINING)).isTrue();
        assertThat(stored.version()).isEqualTo(1);
        Map<Stage, Long> after = stages("53");
        assertThat(after.get(Stage.REGISTRATION) - before.getOrDefault(Stage.REGISTRATION, 0L)).isEqualTo(2);
        assertThat(after.get(Stage.TRAINING) - before.getOrDefault(Stage.TRAINING, 0L)).isEqualTo(1);
    }

    @Test
    void duplicates_in_the_file_and_in_the_database_are_told_apart_from_a_rerun() {
        String taken = Niks.random();
        ports.members().save(member("31.71.01").withNik(taken).named("Orang Lain").build());
        String twice = Niks.random();
        String rerun = Niks.random();
        ImportJobId earlier = ImportJobId.random();
        try (MemberImportStore.Session session = ports.imports().open(earlier, false, imported(earlier))) {
            session.write(List.of(row(2, rerun, "Siti", "31.71.01", false)));
        }
        ImportJobId job = ImportJobId.random();
        try (MemberImportStore.Session session = ports.imports().open(job, false, imported(job))) {
            MemberImportStore.BatchOutcome first = session.write(List.of(row(2, twice, "Ani", "31.71.01", false),
                    row(3, twice, "Ani", "31.71.01", false), row(4, taken, "Siti", "31.71.01", false),
                    row(5, rerun, "Siti", "31.71.01", false)));
            MemberImportStore.BatchOutcome second = session.write(List.of(row(9, twice, "Ani", "31.71.01", false)));
            assertThat(first.inserted()).isEqualTo(1);
            assertThat(first.conflicts()).extracting(RowConflict::line, RowConflict::kind).containsExactlyInAnyOrder(
                    tuple(3L, RowConflict.Kind.DUPLICATE_IN_FILE),
                    tuple(4L, RowConflict.Kind.DUPLICATE_IN_DATABASE),
                    tuple(5L, RowConflict.Kind.ALREADY_IMPORTED));
            assertThat(first.conflicts()).filteredOn(c -> c.line() == 3).singleElement()
                    .satisfies(c -> assertThat(c.firstLine()).hasValue(2));
            assertThat(first.conflicts()).filteredOn(c -> c.line() == 4).singleElement()
                    .satisfies(c -> assertThat(c.existing()).isPresent());
            assertThat(second.inserted()).isZero();
            assertThat(second.conflicts()).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(RowConflict.Kind.DUPLICATE_IN_FILE);
                assertThat(c.firstLine()).hasValue(2);
            });
        }
        assertThat(ports.members().findByNik(Nik.parse(taken, ON)).orElseThrow().fullName()).isEqualTo("Orang Lain");
    }

    @Test
    void a_one_transaction_session_rolled_back_or_left_unfinished_leaves_nothing() {
        Map<Stage, Long> before = stages("52");
        String a = Niks.random();
        String b = Niks.random();
        try (MemberImportStore.Session session = ports.imports().open(job = ImportJobId.random(), true, imported(job))) {
            assertThat(session.write(List.of(row(2, a, "Siti", "52.71.01", true))).inserted()).isEqualTo(1);
            assertThat(session.write(List.of(row(3, a, "Siti", "52.71.01", true))).conflicts()).singleElement()
                    .satisfies(c -> assertThat(c.kind()).isEqualTo(RowConflict.Kind.DUPLICATE_IN_FILE));
            session.finish(false);
        }
        try (MemberImportStore.Session session = ports.imports().open(job = ImportJobId.random(), true, imported(job))) {
            session.write(List.of(row(2, b, "Budi", "52.71.01", false)));
        }
        assertThat(ports.members().findByNik(Nik.parse(a, ON))).isEmpty();
        assertThat(ports.members().findByNik(Nik.parse(b, ON))).isEmpty();
        assertThat(stages("52")).isEqualTo(before);
    }

    @Test
    void a_one_transaction_session_committed_keeps_every_batch() {
        String a = Niks.random();
        String b = Niks.random();
        try (MemberImportStore.Session session = ports.imports().open(job = ImportJobId.random(), true, imported(job))) {
            session.write(List.of(row(2, a, "Siti", "51.71.01", false)));
            session.write(List.of(row(3, b, "Budi", "51.71.01", false)));
            session.finish(true);
        }
        assertThat(ports.members().findByNik(Nik.parse(a, ON))).isPresent();
        assertThat(ports.members().findByNik(Nik.parse(b, ON))).isPresent();
    }
}
