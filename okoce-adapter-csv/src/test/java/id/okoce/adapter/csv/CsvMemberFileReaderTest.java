package id.okoce.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.okoce.application.port.out.ImportErrorReport;
import id.okoce.application.port.out.MemberFileReader;
import id.okoce.application.port.out.MemberFileRow;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.importing.ImportError;
import id.okoce.domain.importing.RowError;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader parses every cell at the edge: a row comes out as domain values, or with the refusal
 * of every cell it could not read, each naming its field; the error report names the columns.
 */
class CsvMemberFileReaderTest {

    @TempDir
    Path dir;

    private final CsvMemberFileReader reader = new CsvMemberFileReader();

    private List<MemberFileRow> read(Path file) {
        List<MemberFileRow> rows = new ArrayList<>();
        try (MemberFileReader.Rows open = reader.open(file)) {
            open.forEach(rows::add);
        }
        return rows;
    }

    private Path file(CsvWriting.Row... rows) throws Exception {
        Path file = dir.resolve("anggota-" + System.nanoTime() + ".csv");
        try (OutputStream out = Files.newOutputStream(file); CsvWriting csv = CsvWriting.members(out)) {
            for (CsvWriting.Row row : rows) {
                csv.row(row);
            }
        }
        return file;
    }

    private static CsvWriting.Row valid() {
        return new CsvWriting.Row().set(MemberColumn.NIK, "3171014507900001").set(MemberColumn.FULL_NAME, "Siti, \"Bu\" Rahma")
                .set(MemberColumn.PHONE, "081234567890").set(MemberColumn.KECAMATAN, "317101").set(MemberColumn.BUSINESS_NAME, "Warung Siti")
                .set(MemberColumn.SECTOR, "KULINER").set(MemberColumn.BUSINESS_STARTED_ON, "2017-03-01")
                .set(MemberColumn.REGISTERED_ON, "2018-09-10");
    }

    @Test
    void a_good_row_comes_out_as_domain_values_with_its_line() throws Exception {
        List<MemberFileRow> rows = read(file(valid().set(MemberColumn.P2_ON, "2018-09-20").set(MemberColumn.P2_CERTIFICATE, "SERT-1")
                        .set(MemberColumn.P4_ON, "2018-10-01").set(MemberColumn.P4_LICENCE_TYPE, "SP-PIRT")
                        .set(MemberColumn.P4_LICENCE_NUMBER, "PIRT-77"),
                valid().set(MemberColumn.NIK, "3171014507900002").set(MemberColumn.FULL_NAME, "Multi\nline")
                        .set(MemberColumn.NIB, "9120001234567").set(MemberColumn.PHONE, "+6281234567890")));
        assertThat(rows).hasSize(2);
        MemberFileRow.Values first = rows.get(0).values().orElseThrow();
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(first.nik().value()).isEqualTo("3171014507900001");
        assertThat(first.nik().birthDate()).isEqualTo(LocalDate.of(1990, 7, 5));
        assertThat(first.fullName()).isEqualTo("Siti, \"Bu\" Rahma");
        assertThat(first.phone().e164()).isEqualTo("+6281234567890");
        assertThat(first.kecamatan().toString()).isEqualTo("31.71.01");
        assertThat(first.business().sector()).isEqualTo(BusinessSector.KULINER);
        assertThat(first.business().nib()).isEmpty();
        assertThat(first.registeredOn()).isEqualTo(LocalDate.of(2018, 9, 10));
        assertThat(first.stages()).containsExactly(
                new StageCompletion(Stage.TRAINING, LocalDate.of(2018, 9, 20), new StageEvidence.TrainingCertificate("SERT-1")),
                new StageCompletion(Stage.LICENSING, LocalDate.of(2018, 10, 1), new StageEvidence.BusinessLicence(LicenceType.SP_PIRT, "PIRT-77")));
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).values().orElseThrow().business().nib().orElseThrow().value()).isEqualTo("9120001234567");
    }

    @Test
    void every_unreadable_cell_of_a_row_is_refused_with_its_field() throws Exception {
        MemberFileRow row = read(file(valid().set(MemberColumn.NIK, "3171014507900000").set(MemberColumn.PHONE, "021555")
                .set(MemberColumn.KECAMATAN, "31.71.99").set(MemberColumn.SECTOR, "PERTAMBANGAN").set(MemberColumn.BUSINESS_STARTED_ON, "kemarin")
                .set(MemberColumn.P2_ON, "2018-09-20").set(MemberColumn.P3_ON, null).set(MemberColumn.P4_LICENCE_NUMBER, "X")
                .set(MemberColumn.FULL_NAME, null))).get(0);
        assertThat(row.values()).isEmpty();
        assertThat(row.refusals()).extracting(RowError::line, RowError::field, RowError::code).containsExactlyInAnyOrder(
                tuple(2L, "fullName", "FIELD_REQUIRED"), tuple(2L, "nik", "NIK_ZERO_SERIAL"), tuple(2L, "phone", "PHONE_NOT_MOBILE"),
                tuple(2L, "kecamatan", "REGION_UNKNOWN"), tuple(2L, "business.sector", "SECTOR_UNKNOWN"),
                tuple(2L, "business.startedOn", "DATE_MALFORMED"), tuple(2L, "stages.P2.evidence", "STAGE_EVIDENCE_MISSING"),
                tuple(2L, "stages.P4", "STAGE_DATE_MISSING"));
        assertThat(row.refusals()).noneMatch(e -> e.message().contains("3171014507900000"));
    }

    @Test
    void a_row_with_the_wrong_number_of_columns_is_malformed_and_blank_lines_are_skipped() throws Exception {
        Path file = dir.resolve("short.csv");
        Files.writeString(file, "\uFEFF" + String.join(",", MemberColumn.HEADER) + "\n\n3171014507900001,Siti\n", StandardCharsets.UTF_8);
        assertThat(read(file)).singleElement().satisfies(r -> {
            assertThat(r.refusals()).extracting(RowError::code, RowError::message)
                    .containsExactly(tuple("IMPORT_ROW_MALFORMED", "expected 19 columns, got 2"));
            assertThat(r.line()).isEqualTo(3);
        });
    }

    @Test
    void another_header_is_refused_before_any_row() throws Exception {
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "nik,name\n1,2\n");
        assertThatThrownBy(() -> reader.open(file)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(ImportError.IMPORT_HEADER_INVALID));
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> reader.open(empty)).isInstanceOf(DomainException.class);
    }

    @Test
    void the_error_report_is_csv_with_a_header_naming_each_fields_column() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImportErrorReport.Writer report = new CsvErrorReport().open(out)) {
            report.write(new RowError(7, "phone", "PHONE_NOT_MOBILE", "phone must start 08, 628 or +628"));
            report.write(new RowError(8, "business.startedOn", "BUSINESS_START_INVALID", "in the future"));
            report.write(new RowError(9, "stages.P4.evidence.licenceNumber", "STAGE_EVIDENCE_MISSING", "needed"));
            report.write(new RowError(9, "stages.P3", "STAGE_OUT_OF_ORDER", "P3 needs P2 first"));
            report.write(new RowError(10, "", "IMPORT_ROW_MALFORMED", "expected 19 columns, got 2"));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("line,field,code,message\n"
                + "7,phone,PHONE_NOT_MOBILE,\"phone must start 08, 628 or +628\"\n"
                + "8,business_started_on,BUSINESS_START_INVALID,in the future\n"
                + "9,p4_licence_number,STAGE_EVIDENCE_MISSING,needed\n"
                + "9,p3_on,STAGE_OUT_OF_ORDER,P3 needs P2 first\n"
                + "10,,IMPORT_ROW_MALFORMED,\"expected 19 columns, got 2\"\n");
    }

    @Test
    void every_column_of_the_schema_is_in_the_header_once_in_order() {
        assertThat(MemberColumn.HEADER).doesNotHaveDuplicates().hasSize(MemberColumn.values().length)
                .startsWith("nik", "full_name").endsWith("p7_on", "p7_reference");
        for (MemberColumn column : MemberColumn.values()) {
            assertThat(MemberColumn.headerOf(column.field())).isEqualTo(column.header());
        }
    }
}
