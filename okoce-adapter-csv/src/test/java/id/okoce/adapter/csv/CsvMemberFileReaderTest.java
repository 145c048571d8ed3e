package id.okoce.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.application.port.out.MemberFileReader;
import id.okoce.application.port.out.RawMemberRow;
import id.okoce.domain.importing.ImportError;
import id.okoce.domain.importing.RowError;
import id.okoce.domain.shared.DomainException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvMemberFileReaderTest {

    @TempDir
    Path dir;

    private final CsvMemberFileReader reader = new CsvMemberFileReader();

    private List<RawMemberRow> read(Path file) {
        List<RawMemberRow> rows = new ArrayList<>();
        try (MemberFileReader.Rows open = reader.open(file)) {
            open.forEach(rows::add);
        }
        return rows;
    }

    @Test
    void what_the_writer_writes_the_reader_reads_back_with_line_numbers() throws Exception {
        Path file = dir.resolve("anggota.csv");
        try (OutputStream out = Files.newOutputStream(file); CsvWriting csv = CsvWriting.members(out)) {
            csv.row("3171014507900001", "Siti, \"Bu\" Rahma", "081234567890", "31.71.01", "Warung Siti", "KULINER", "2017-03-01", null,
                    "2018-09-10", "2018-09-20", "SERT-1", null, null, null, null, null, null, null, null);
            csv.row("3171014507900002", "Multi\nline", "081234567890", "31.71.01", "Warung", "JASA", "2017-03-01", "9120001234567",
                    "2018-09-10", null, null, null, null, null, null, null, null, null, null);
        }
        List<RawMemberRow> rows = read(file);
        assertThat(rows).hasSize(2);
        RawMemberRow first = rows.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.fullName()).isEqualTo("Siti, \"Bu\" Rahma");
        assertThat(first.nib()).isNull();
        assertThat(first.p2Certificate()).isEqualTo("SERT-1");
        assertThat(first.malformed()).isEmpty();
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).nib()).isEqualTo("9120001234567");
    }

    @Test
    void a_row_with_the_wrong_number_of_columns_is_malformed_and_blank_lines_are_skipped() throws Exception {
        Path file = dir.resolve("short.csv");
        Files.writeString(file, "\uFEFF" + String.join(",", MemberCsv.COLUMNS) + "\n\n3171014507900001,Siti\n", StandardCharsets.UTF_8);
        List<RawMemberRow> rows = read(file);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.malformed()).hasValue("expected 19 columns, got 2");
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
    void error_reports_are_csv_with_a_header() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriting csv = CsvWriting.errors(out)) {
            csv.error(new RowError(7, "phone", "PHONE_NOT_MOBILE", "phone must start 08, 628 or +628"));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("line,field,code,message\n7,phone,PHONE_NOT_MOBILE,\"phone must start 08, 628 or +628\"\n");
    }
}
