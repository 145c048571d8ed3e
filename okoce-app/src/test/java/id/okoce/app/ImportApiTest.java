package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.okoce.adapter.csv.CsvWriting;
import id.okoce.app.generate.MemberGenerator;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Imports through the API: an asynchronous job with progress, counts and a downloadable error report. */
class ImportApiTest {

    private final Api admin = TestService.admin();

    private static byte[] generated(long count, long seed, double badShare, boolean national) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriting csv = CsvWriting.members(out)) {
            new MemberGenerator(new MemberGenerator.Options(count, seed, national, badShare, false), LocalDate.of(2026, 1, 1)).write(csv);
        }
        return out.toByteArray();
    }

    private JsonNode finished(Api api, Api.Response accepted) throws InterruptedException {
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.header("Location").orElseThrow();
        JsonNode job = accepted.json();
        for (int i = 0; i < 600 && job.path("finishedAt").isNull(); i++) {
            Thread.sleep(100);
            job = api.get(location).json();
        }
        return job;
    }

    private long total() {
        return admin.get("/api/v1/reports/members-by-province").json().path("total").asLong();
    }

    @Test
    void per_row_puts_good_rows_in_and_the_error_report_lists_the_bad_ones() throws Exception {
        byte[] file = generated(15_000, 101, 0.01, false);
        assertThat(file.length).as("more than the 1 MiB a JSON body may have").isGreaterThan(1024 * 1024);
        long before = total();
        JsonNode job = finished(admin, admin.postBytes("/api/v1/imports/members?mode=per-row&fileName=anggota.csv", file, "text/csv"));
        assertThat(job.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(job.path("rows").asLong()).isEqualTo(15_000);
        assertThat(job.path("invalid").asLong() + job.path("duplicates").asLong()).isEqualTo(150);
        assertThat(job.path("inserted").asLong()).isEqualTo(15_000 - 150);
        assertThat(total() - before).isEqualTo(15_000 - 150);
        Api.Response errors = admin.get(job.path("errorReport").asText());
        assertThat(errors.header("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = errors.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("line,field,code,message");
        assertThat(lines.size() - 1).isGreaterThanOrEqualTo(150);
        assertThat(errors.body()).contains(",nik,NIK_LENGTH,", ",phone,PHONE_NOT_MOBILE,", ",kecamatan,REGION_UNKNOWN,",
                ",nik,IMPORT_DUPLICATE_IN_FILE,", ",sector,SECTOR_UNKNOWN,", ",IMPORT_ROW_MALFORMED,");

        JsonNode again = finished(admin, admin.postBytes("/api/v1/imports/members", file, "text/csv"));
        assertThat(again.path("inserted").asLong()).as("the same file twice inserts nothing").isZero();
        assertThat(again.path("alreadyImported").asLong()).isEqualTo(15_000 - 150);
        assertThat(total() - before).isEqualTo(15_000 - 150);
    }

    @Test
    void all_or_nothing_and_validate_only_write_nothing_when_rows_are_bad() throws Exception {
        byte[] file = generated(2_000, 202, 0.01, false);
        long before = total();
        JsonNode rolledBack = finished(admin, admin.postBytes("/api/v1/imports/members?mode=all-or-nothing", file, "text/csv"));
        assertThat(rolledBack.path("status").asText()).isEqualTo("ROLLED_BACK");
        assertThat(rolledBack.path("inserted").asLong()).isZero();
        JsonNode dryRun = finished(admin, admin.postBytes("/api/v1/imports/members?mode=validate-only", file, "text/csv"));
        assertThat(dryRun.path("status").asText()).isEqualTo("VALIDATED");
        assertThat(dryRun.path("accepted").asLong()).isEqualTo(rolledBack.path("accepted").asLong()).isEqualTo(1_980);
        assertThat(total()).isEqualTo(before);
        JsonNode clean = finished(admin, admin.postBytes("/api/v1/imports/members?mode=all-or-nothing", generated(500, 203, 0, false),
                "text/csv"));
        assertThat(clean.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(total() - before).isEqualTo(500);
    }

    @Test
    void a_partner_imports_into_its_own_province_only_and_a_bank_not_at_all() throws Exception {
        Network network = new Network();
        String partnerId = network.validatedPartner("32").path("id").asText();
        Api partner = TestService.as(network.partnerToken(partnerId));
        JsonNode job = finished(partner, partner.postBytes("/api/v1/imports/members", generated(400, 303, 0, true), "text/csv"));
        long home = job.path("inserted").asLong();
        assertThat(home).isPositive().isLessThan(400);
        assertThat(job.path("invalid").asLong()).isEqualTo(400 - home);
        String report = partner.get(job.path("errorReport").asText()).body();
        assertThat(report.lines().skip(1)).allMatch(line -> line.contains(",kecamatan,REGION_OUT_OF_SCOPE,"));
        assertThat(admin.get("/api/v1/imports/" + job.path("id").asText()).status()).as("the hub sees every job").isEqualTo(200);
        Api other = TestService.as(network.partnerToken(network.validatedPartner("33").path("id").asText()));
        assertThat(other.get("/api/v1/imports/" + job.path("id").asText()).status()).isEqualTo(404);
        Api bank = TestService.as(network.token("{\"role\":\"BANK\",\"bank\":\"Bank DKI\"}"));
        assertThat(bank.postBytes("/api/v1/imports/members", generated(10, 1, 0, false), "text/csv").status()).isEqualTo(403);
    }

    @Test
    void what_an_import_wrote_is_compared_with_the_register_and_its_possible_duplicates_opened_for_review() throws Exception {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(365 * 30));
        String phone = People.phone();
        Api.Response registered = admin.post("/api/v1/members", Bodies.member("31.71.03",
                id.okoce.domain.testdata.Niks.nik("317103", born, id.okoce.domain.identity.Sex.FEMALE, 14), "Ratna Sari Dewi", phone));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String existing = registered.json().path("id").asText();
        // the same woman in a partner's old register: another NIK serial, the old spelling, the same phone
        String row = String.join(",", id.okoce.domain.testdata.Niks.nik("317103", born, id.okoce.domain.identity.Sex.FEMALE, 41),
                "Ratna Sarie Dewi", phone, "31.71.03", "Warung Ratna", "KULINER", "2016-05-01", "", "2018-09-12",
                "", "", "", "", "", "", "", "", "", "");
        byte[] file = ("nik,full_name,phone,kecamatan,business_name,sector,business_started_on,nib,registered_on,p2_on,p2_certificate,"
                + "p3_on,p4_on,p4_licence_type,p4_licence_number,p5_on,p6_on,p7_on,p7_reference\n" + row + "\n").getBytes();
        JsonNode job = finished(admin, admin.postBytes("/api/v1/imports/members", file, "text/csv"));
        assertThat(job.path("inserted").asLong()).as(job.toString()).isEqualTo(1);

        JsonNode pair = null;
        for (int i = 0; i < 300 && pair == null; i++) {
            for (JsonNode p : admin.get("/api/v1/duplicates?member=" + existing).json().path("pairs")) {
                pair = p;
            }
            if (pair == null) {
                Thread.sleep(50);
            }
        }
        assertThat(pair).as("the imported row's pair with the member registered before").isNotNull();
        assertThat(pair.path("foundBy").asText()).isEqualTo("IMPORT");
        assertThat(pair.path("verdict").asText()).isEqualTo("LIKELY_DUPLICATE");
    }

    @Test
    void a_file_of_another_shape_fails_the_job_with_the_reason() throws Exception {
        JsonNode job = finished(admin, admin.postBytes("/api/v1/imports/members", "nama,alamat\nSiti,Jakarta\n".getBytes(), "text/csv"));
        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        assertThat(job.path("failure").asText()).contains("header");
        assertThat(admin.postBytes("/api/v1/imports/members?mode=sometimes", new byte[] {1}, "text/csv").code()).isEqualTo("REQUEST_INVALID");
    }
}
