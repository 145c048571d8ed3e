package id.okoce.app.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.okoce.adapter.csv.CsvMemberFileReader;
import id.okoce.adapter.csv.CsvWriting;
import id.okoce.adapter.csv.MemberColumn;
import id.okoce.application.OkoceCore;
import id.okoce.application.memory.InMemoryAdapters;
import id.okoce.application.port.in.imports.ImportMembersUseCase.ImportCommand;
import id.okoce.application.port.in.member.CompleteStageCommand;
import id.okoce.application.port.in.member.RegisterMemberCommand;
import id.okoce.application.port.out.MemberFileReader;
import id.okoce.application.port.out.MemberFileRow;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.domain.access.Actor;
import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.business.Nib;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.importing.ImportCounts;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.importing.ImportListener;
import id.okoce.domain.importing.ImportMode;
import id.okoce.domain.importing.RowError;
import id.okoce.domain.member.Member;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Two properties over generated member files. The import and a registration followed by stage
 * completions judge the same data the same way: a row is imported if and only if registering its
 * cells (parsed as the API parses a request) and completing its stages one by one succeeds. And
 * every generated row reads back to exactly the values it was generated from.
 */
class GeneratedRowsProperties {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant(), OkoceCore.JAKARTA);
    private static final Actor HUB = new Actor.HubAdmin("property");

    /** A generated file: its path and the rows as their raw cells (header excluded), in file order. */
    private record File(Path path, List<String[]> rows) {
    }

    private static File generate(long seed, int count, double badShare) {
        try {
            Path path = Files.createTempFile("generated-", ".csv");
            try (OutputStream out = Files.newOutputStream(path); CsvWriting csv = CsvWriting.members(out)) {
                new MemberGenerator(new MemberGenerator.Options(count, seed, true, badShare, true), TODAY).write(csv);
            }
            List<String[]> rows = new ArrayList<>();
            try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                    .ofCsvRecord(path, StandardCharsets.UTF_8)) {
                reader.stream().skip(1).forEach(r -> rows.add(r.getFields().toArray(new String[0])));
            }
            return new File(path, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String[] row, MemberColumn column) {
        String value = row[column.index()].strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * Registers the row's cells and completes its stages as separate requests would, as one unit
     * (a row is imported whole or not at all, so a refused stage undoes its registration here too);
     * whether all of it was accepted.
     */
    private static boolean acceptedOneByOne(OutboundPorts ports, OkoceCore core, String[] row) {
        try {
            return ports.transactions().inTransaction(() -> {
                if (!registeredAndCompleted(core, row)) {
                    throw new Undone();
                }
                return true;
            });
        } catch (Undone undone) {
            return false;
        }
    }

    /** Thrown to roll a refused row's registration back. */
    private static final class Undone extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static boolean registeredAndCompleted(OkoceCore core, String[] row) {
        if (row.length != MemberColumn.values().length) {
            return false;
        }
        try {
            LocalDate registeredOn = LocalDate.parse(cell(row, MemberColumn.REGISTERED_ON));
            Business business = new Business(cell(row, MemberColumn.BUSINESS_NAME), BusinessSector.parse(cell(row, MemberColumn.SECTOR)),
                    LocalDate.parse(cell(row, MemberColumn.BUSINESS_STARTED_ON)),
                    Optional.ofNullable(cell(row, MemberColumn.NIB)).map(Nib::parse));
            Member member = core.registerMember().register(new RegisterMemberCommand(HUB, Nik.parse(cell(row, MemberColumn.NIK), registeredOn),
                    cell(row, MemberColumn.FULL_NAME), PhoneNumber.parse(cell(row, MemberColumn.PHONE)),
                    KecamatanCode.of(cell(row, MemberColumn.KECAMATAN)), business, registeredOn));
            for (Stage stage : List.of(Stage.TRAINING, Stage.MENTORING, Stage.LICENSING, Stage.MARKETING, Stage.FINANCIAL_REPORTING,
                    Stage.CAPITAL)) {
                String on = cell(row, MemberColumn.dateOf(stage).orElseThrow());
                String text = MemberColumn.evidenceOf(stage).map(c -> cell(row, c)).orElse(null);
                String type = stage == Stage.LICENSING ? cell(row, MemberColumn.P4_LICENCE_TYPE) : null;
                if (on == null) {
                    if (text != null || type != null) {
                        return false;
                    }
                    continue;
                }
                StageEvidence evidence = StageEvidence.of(stage.evidenceNeed(), text, type == null ? null : LicenceType.parse(type));
                member = core.completeStage().complete(new CompleteStageCommand(HUB, member.id(),
                        new StageCompletion(stage, LocalDate.parse(on), evidence), OptionalLong.of(member.version())));
            }
            return true;
        } catch (DomainException | java.time.format.DateTimeParseException | NullPointerException refused) {
            return false;
        }
    }

    @Test
    void a_row_is_imported_if_and_only_if_registering_it_and_completing_its_stages_succeeds() {
        qt().withExamples(12).withShrinkCycles(0).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, tenths) -> {
            File file = generate(seed, 400, tenths / 10.0);
            OkoceCore importing = OkoceCore.builder(InMemoryAdapters.create()).clock(CLOCK).memberFiles(new CsvMemberFileReader()).build();
            Set<Long> refusedLines = new TreeSet<>();
            ImportListener listener = new ImportListener() {
                @Override
                public void progress(ImportCounts counts) {
                    // not needed
                }

                @Override
                public void rejected(RowError error) {
                    refusedLines.add(error.line());
                }
            };
            importing.importMembers().run(new ImportCommand(HUB, ImportJobId.random(), ImportMode.PER_ROW, file.path(), "g.csv", listener,
                    id.okoce.domain.audit.Origin.command("test import")));

            OutboundPorts ports = InMemoryAdapters.create();
            OkoceCore registering = OkoceCore.builder(ports).clock(CLOCK).build();
            Set<Long> notAccepted = new TreeSet<>();
            for (int i = 0; i < file.rows().size(); i++) {
                if (!acceptedOneByOne(ports, registering, file.rows().get(i))) {
                    notAccepted.add(i + 2L);
                }
            }
            Set<Long> onlyImport = new TreeSet<>(refusedLines);
            onlyImport.removeAll(notAccepted);
            Set<Long> onlyRegistration = new TreeSet<>(notAccepted);
            onlyRegistration.removeAll(refusedLines);
            assertThat(onlyImport).as("seed %d: lines only the import refused (the first: %s)", seed,
                    onlyImport.isEmpty() ? "" : String.join(",", file.rows().get((int) (onlyImport.iterator().next() - 2)))).isEmpty();
            assertThat(onlyRegistration).as("seed %d: lines only registration refused (the first: %s)", seed,
                    onlyRegistration.isEmpty() ? "" : String.join(",", file.rows().get((int) (onlyRegistration.iterator().next() - 2))))
                    .isEmpty();
            assertThat(refusedLines).as("the file had bad rows to judge").isNotEmpty();
        });
    }

    @Test
    void every_generated_row_reads_back_to_the_values_it_was_generated_from() {
        qt().withExamples(20).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            File file = generate(seed, 300, 0);
            List<MemberFileRow> read = new ArrayList<>();
            try (MemberFileReader.Rows rows = new CsvMemberFileReader().open(file.path())) {
                rows.forEach(read::add);
            }
            assertThat(read).hasSameSizeAs(file.rows());
            for (int i = 0; i < read.size(); i++) {
                String[] cells = file.rows().get(i);
                MemberFileRow.Values v = read.get(i).values().orElseThrow(() -> new AssertionError("a generated row was refused"));
                assertThat(read.get(i).line()).isEqualTo(i + 2L);
                assertThat(v.nik().value()).isEqualTo(cell(cells, MemberColumn.NIK));
                assertThat(v.fullName()).isEqualTo(cell(cells, MemberColumn.FULL_NAME));
                assertThat(v.phone().e164()).isEqualTo("+62" + cell(cells, MemberColumn.PHONE).substring(1));
                assertThat(v.kecamatan().toString()).isEqualTo(cell(cells, MemberColumn.KECAMATAN));
                assertThat(v.business().name()).isEqualTo(cell(cells, MemberColumn.BUSINESS_NAME));
                assertThat(v.business().sector().name()).isEqualTo(cell(cells, MemberColumn.SECTOR));
                assertThat(v.business().startedOn()).hasToString(cell(cells, MemberColumn.BUSINESS_STARTED_ON));
                assertThat(v.business().nib().map(Nib::value).orElse(null)).isEqualTo(cell(cells, MemberColumn.NIB));
                assertThat(v.registeredOn()).hasToString(cell(cells, MemberColumn.REGISTERED_ON));
                List<String> stages = new ArrayList<>();
                for (StageCompletion c : v.stages()) {
                    stages.add(c.stage().code() + "@" + c.completedOn() + ":" + c.evidence().content().orElse("")
                            + c.evidence().licenceType().map(t -> "/" + t.label()).orElse(""));
                }
                List<String> expected = new ArrayList<>();
                for (Stage stage : Stage.values()) {
                    MemberColumn.dateOf(stage).map(c -> cell(cells, c)).ifPresent(on -> expected.add(stage.code() + "@" + on + ":"
                            + MemberColumn.evidenceOf(stage).map(c -> Optional.ofNullable(cell(cells, c)).orElse("")).orElse("")
                            + (stage == Stage.LICENSING ? "/" + cell(cells, MemberColumn.P4_LICENCE_TYPE) : "")));
                }
                assertThat(stages).isEqualTo(expected);
            }
        });
    }
}
