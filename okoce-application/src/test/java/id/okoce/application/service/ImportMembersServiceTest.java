package id.okoce.application.service;

import static id.okoce.application.service.Network.HUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.okoce.application.OkoceCore;
import id.okoce.application.contract.FileRows;
import id.okoce.application.memory.InMemoryAdapters;
import id.okoce.application.memory.InMemoryMemberFiles;
import id.okoce.domain.importing.ImportListener;
import id.okoce.application.port.in.imports.ImportMembersUseCase.ImportCommand;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.application.port.out.MemberFileRow;
import id.okoce.application.port.out.ImportErrorReport;
import id.okoce.domain.access.AccessError;
import id.okoce.domain.access.Actor;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.importing.ImportCounts;
import id.okoce.domain.importing.ImportJob;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.importing.ImportMode;
import id.okoce.domain.importing.ImportStatus;
import id.okoce.domain.importing.RowError;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.partner.CounterpartyKind;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.testdata.Niks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ImportMembersServiceTest {

    private final OutboundPorts ports = InMemoryAdapters.create();
    private final InMemoryMemberFiles files = new InMemoryMemberFiles();
    /** A report that writes "line field code" lines, to see the report's rows in order. */
    private static final ImportErrorReport LINES = new ImportErrorReport() {
        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public Writer open(java.io.OutputStream out) {
            java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
            return new Writer() {
                @Override
                public void write(RowError error) {
                    print.println(error.line() + " " + error.field() + " " + error.code());
                }

                @Override
                public void close() {
                    print.flush();
                }
            };
        }
    };

    private final OkoceCore core = OkoceCore.builder(ports).memberFiles(files).errorReport(LINES)
            .clock(Clock.fixed(Network.TODAY.atTime(12, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant(), OkoceCore.JAKARTA)).build();
    private final List<RowError> errors = new CopyOnWriteArrayList<>();
    private final List<ImportCounts> progress = new CopyOnWriteArrayList<>();
    private final ImportListener listener = new ImportListener() {
        @Override
        public void progress(ImportCounts counts) {
            progress.add(counts);
        }

        @Override
        public void rejected(RowError error) {
            errors.add(error);
        }
    };

    private ImportJob run(Actor actor, ImportMode mode, List<MemberFileRow> rows) {
        Path file = files.put(Path.of("anggota-" + ImportJobId.random() + ".csv"), rows);
        return core.importMembers().run(new ImportCommand(actor, ImportJobId.random(), mode, file, "anggota.csv", listener,
                id.okoce.domain.audit.Origin.command("test import")));
    }

    private long members() {
        return core.readMembers().find(HUB, MemberCriteria.all(500)).members().size();
    }

    private static List<MemberFileRow> mixed() {
        MemberFileRow good = FileRows.valid(2, "31.71.01");
        MemberFileRow badNik = FileRows.refused(3, "nik", "NIK_ZERO_SERIAL");
        MemberFileRow again = FileRows.atLine(good, 4);
        MemberFileRow badPhoneAndRegion = MemberFileRow.refused(5, List.of(new RowError(5, "phone", "PHONE_NOT_MOBILE", "not mobile"),
                new RowError(5, "kecamatan", "REGION_UNKNOWN", "no such kecamatan")));
        MemberFileRow trained = FileRows.withStagesToP4(FileRows.valid(6, "31.71.02"));
        return List.of(good, badNik, again, badPhoneAndRegion, trained);
    }

    @Test
    void per_row_puts_good_rows_in_and_reports_each_bad_one_with_line_field_and_code() {
        ImportJob job = run(HUB, ImportMode.PER_ROW, mixed());
        assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(job.counts()).isEqualTo(new ImportCounts(5, 2, 2, 0, 2, 1));
        assertThat(errors).extracting(RowError::line, RowError::field, RowError::code).containsExactlyInAnyOrder(
                tuple(3L, "nik", "NIK_ZERO_SERIAL"), tuple(4L, "nik", "IMPORT_DUPLICATE_IN_FILE"),
                tuple(5L, "phone", "PHONE_NOT_MOBILE"), tuple(5L, "kecamatan", "REGION_UNKNOWN"));
        assertThat(members()).isEqualTo(2);
        assertThat(ports.statistics().membersByStage(Optional.empty())).containsEntry(Stage.LICENSING, 1L);
        assertThat(progress).isNotEmpty();
        assertThat(ports.importJobs().find(job.id())).contains(job);
    }

    @Test
    void all_or_nothing_writes_nothing_when_a_row_is_bad_and_everything_when_none_is() {
        ImportJob refused = run(HUB, ImportMode.ALL_OR_NOTHING, mixed());
        assertThat(refused.status()).isEqualTo(ImportStatus.ROLLED_BACK);
        assertThat(refused.counts().inserted()).isZero();
        assertThat(refused.counts().accepted()).isEqualTo(2);
        assertThat(members()).isZero();
        ImportJob clean = run(HUB, ImportMode.ALL_OR_NOTHING, List.of(FileRows.valid(2, "31.71.01"), FileRows.valid(3, "32.73.01")));
        assertThat(clean.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(clean.counts().inserted()).isEqualTo(2);
        assertThat(members()).isEqualTo(2);
    }

    @Test
    void validate_only_reports_exactly_what_a_real_import_would_and_writes_nothing() {
        ImportJob dryRun = run(HUB, ImportMode.VALIDATE_ONLY, mixed());
        assertThat(dryRun.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(dryRun.counts()).isEqualTo(new ImportCounts(5, 2, 0, 0, 2, 1));
        assertThat(errors).hasSize(4);
        assertThat(members()).isZero();
    }

    @Test
    void importing_the_same_file_twice_inserts_nothing_the_second_time() {
        List<MemberFileRow> rows = List.of(FileRows.valid(2, "31.71.01"), FileRows.valid(3, "31.71.02"));
        assertThat(run(HUB, ImportMode.PER_ROW, rows).counts().inserted()).isEqualTo(2);
        ImportJob second = run(HUB, ImportMode.PER_ROW, rows);
        assertThat(second.counts().inserted()).isZero();
        assertThat(second.counts().alreadyImported()).isEqualTo(2);
        assertThat(second.counts().refused()).isZero();
        assertThat(members()).isEqualTo(2);
        ImportJob otherPerson = run(HUB, ImportMode.PER_ROW, List.of(FileRows.otherPerson(rows.get(0))));
        assertThat(otherPerson.counts().duplicates()).isEqualTo(1);
        assertThat(errors).extracting(RowError::code).contains("MEMBER_DUPLICATE_NIK");
    }

    @Test
    void a_partner_imports_into_its_own_province_only_and_stages_follow_coverage() {
        Network network = new Network(ports);
        Partner jabar = network.validatedPartner("32");
        MemberFileRow home = FileRows.valid(2, "32.73.01");
        MemberFileRow elsewhere = FileRows.valid(3, "31.71.01");
        MemberFileRow trainedAtHome = FileRows.withStagesToP4(FileRows.valid(4, "32.73.01"));
        ImportJob job = run(Network.as(jabar), ImportMode.PER_ROW, List.of(home, elsewhere, trainedAtHome));
        assertThat(job.counts().inserted()).isEqualTo(1);
        assertThat(errors).extracting(RowError::line, RowError::code).containsExactlyInAnyOrder(
                tuple(3L, "REGION_OUT_OF_SCOPE"), tuple(4L, "STAGE_UNAVAILABLE_IN_REGION"));
        assertThat(ports.members().findByNik(home.values().orElseThrow().nik()).orElseThrow().registeredBy()).contains(jabar.id());
        network.agreement(jabar, CounterpartyKind.GOVERNMENT, Stage.TRAINING, Stage.MENTORING, Stage.LICENSING);
        MemberFileRow late = FileRows.withStages(FileRows.valid(2, "32.73.01"),
                new StageCompletion(Stage.TRAINING, LocalDate.of(2018, 10, 20), new StageEvidence.TrainingCertificate("S")),
                new StageCompletion(Stage.MENTORING, LocalDate.of(2018, 11, 1), new StageEvidence.None()),
                new StageCompletion(Stage.LICENSING, LocalDate.of(2018, 12, 1), new StageEvidence.BusinessLicence(LicenceType.IUMK, "IUMK-1")));
        assertThat(run(Network.as(jabar), ImportMode.PER_ROW, List.of(late)).counts().inserted()).isEqualTo(1);
    }

    @Test
    void stage_rows_are_checked_in_order_and_the_registration_by_its_rules() {
        MemberFileRow skipsP2 = FileRows.withStages(FileRows.valid(2, "31.71.01"),
                new StageCompletion(Stage.MENTORING, LocalDate.of(2018, 10, 1), new StageEvidence.None()));
        MemberFileRow backwards = FileRows.withStages(FileRows.valid(3, "31.71.01"),
                new StageCompletion(Stage.TRAINING, LocalDate.of(2018, 9, 1), new StageEvidence.TrainingCertificate("S")));
        MemberFileRow future = FileRows.registeredOn(FileRows.valid(4, "31.71.01"), Network.TODAY.plusDays(3));
        MemberFileRow refusedByReader = FileRows.refused(5, "", "IMPORT_ROW_MALFORMED");
        run(HUB, ImportMode.PER_ROW, List.of(skipsP2, backwards, future, refusedByReader));
        assertThat(errors).extracting(RowError::line, RowError::field, RowError::code).containsExactlyInAnyOrder(
                tuple(2L, "stages.P3", "STAGE_OUT_OF_ORDER"), tuple(3L, "stages.P2", "STAGE_DATE_INVALID"),
                tuple(4L, "registeredOn", "MEMBER_REGISTRATION_DATE_INVALID"), tuple(5L, "", "IMPORT_ROW_MALFORMED"));
    }

    @Test
    void many_batches_overlap_and_count_right() {
        List<MemberFileRow> rows = new ArrayList<>();
        for (int i = 0; i < ImportMembersService.BATCH * 2 + 17; i++) {
            String nik = Niks.nik("317101", LocalDate.of(1980, 1, 1).plusDays(i / 9999), Sex.MALE, i % 9999 + 1);
            rows.add(FileRows.withNik(FileRows.valid(i + 2, "31.71.01"), nik));
        }
        ImportJob job = run(HUB, ImportMode.PER_ROW, rows);
        assertThat(errors).isEmpty();
        assertThat(job.counts().inserted()).isEqualTo(rows.size());
        assertThat(ports.statistics().membersByProvince().get(ProvinceCode.of("31")))
                .isEqualTo((long) rows.size());
        assertThat(progress.size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_bank_may_not_import() {
        assertThatThrownBy(() -> run(new Actor.BankActor("Bank DKI"), ImportMode.PER_ROW, List.of()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(AccessError.ACCESS_DENIED));
    }

    @Test
    void background_jobs_run_in_turn_and_keep_their_error_report_for_their_owner() throws Exception {
        Path file = files.put(Path.of("job.csv"), mixed());
        ImportJob queued = core.importJobs().start(HUB, ImportMode.PER_ROW, file, "job.csv");
        assertThat(queued.status()).isEqualTo(ImportStatus.QUEUED);
        ImportJob done = queued;
        for (int i = 0; i < 200 && !done.ended(); i++) {
            Thread.sleep(25);
            done = core.importJobs().get(HUB, queued.id());
        }
        assertThat(done.status()).isEqualTo(ImportStatus.COMPLETED);
        java.io.ByteArrayOutputStream report = new java.io.ByteArrayOutputStream();
        core.importJobs().errorReport(HUB, queued.id()).await().content().accept(report);
        assertThat(report.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).containsExactly("3 nik NIK_ZERO_SERIAL",
                "4 nik IMPORT_DUPLICATE_IN_FILE", "5 phone PHONE_NOT_MOBILE", "5 kecamatan REGION_UNKNOWN");
        Actor stranger = new Actor.PartnerActor(PartnerId.random(), ProvinceCode.of("31"));
        assertThatThrownBy(() -> core.importJobs().get(stranger, queued.id())).isInstanceOf(DomainException.class);
        core.close();
    }
}
