package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.okoce.domain.testdata.Niks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Members found, corrected and accounted for, over a socket on the running service: search by NIK,
 * number, phone and name within the caller's scope; corrections, transfers and withdrawals with
 * history; the record of processing; the export; the full NIK for a purpose; the erasure's 410.
 */
class MembersAccountedForApiTest {

    private final Network network = new Network();
    private final Api hub = network.admin();

    private static String rareWord() {
        String letters = "abfgilmprstvw";
        StringBuilder word = new StringBuilder("Z");
        for (int i = 0; i < 9; i++) {
            word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return word.toString();
    }

    private static String phone() {
        return "0813" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonNode register(Api api, String kecamatan, String nik, String name, String phone) {
        String body = """
                {"nik":"%s","fullName":"%s","phone":"%s","kecamatan":"%s","registeredOn":"2018-09-10",
                 "business":{"name":"Warung","sector":"KULINER","startedOn":"2017-03-01","nib":null}}"""
                .formatted(nik, name, phone, kecamatan);
        Api.Response created = api.post("/api/v1/members", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static List<String> ids(Api.Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().path("members").forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }

    @Test
    void members_are_found_by_nik_number_phone_and_name_within_the_callers_scope() {
        String family = rareWord();
        String phone = phone();
        String nik = Niks.random();
        JsonNode soekarno = register(hub, "31.71.01", nik, "Ir. Soekarno " + family, phone);
        JsonNode inBandung = register(hub, "32.73.01", Niks.random(), "Sukarno " + family, phone);
        JsonNode other = register(hub, "31.71.01", Niks.random(), "Budi " + rareWord(), phone());
        String soekarnoId = soekarno.path("id").asText();

        assertThat(ids(hub.get("/api/v1/members?nik=" + nik))).containsExactly(soekarnoId);
        assertThat(ids(hub.get("/api/v1/members?number=" + soekarno.path("memberNumber").asText()))).containsExactly(soekarnoId);
        assertThat(ids(hub.get("/api/v1/members?phone=" + q("+62" + phone.substring(1)))))
                .as("a phone in another accepted form").containsExactly(soekarnoId, inBandung.path("id").asText());
        assertThat(ids(hub.get("/api/v1/members?phone=" + q(phone) + "&province=32"))).containsExactly(inBandung.path("id").asText());
        assertThat(ids(hub.get("/api/v1/members?name=" + q("Sukarmo " + family)))).as("a typo and the old spelling")
                .contains(soekarnoId, inBandung.path("id").asText()).doesNotContain(other.path("id").asText());

        String jabarPartner = network.validatedPartner("32").path("id").asText();
        Api jabar = TestService.as(network.partnerToken(jabarPartner));
        assertThat(ids(jabar.get("/api/v1/members?name=" + q("Sukarno " + family)))).as("a partner finds its own province only")
                .containsExactly(inBandung.path("id").asText());
        assertThat(ids(jabar.get("/api/v1/members?nik=" + nik))).as("a member of another province does not exist for it").isEmpty();

        assertThat(hub.get("/api/v1/members?nik=123").code()).isEqualTo("REQUEST_INVALID");
        assertThat(hub.get("/api/v1/members?nik=123").json().path("errors").get(0).path("code").asText()).isEqualTo("NIK_LENGTH");
        assertThat(hub.get("/api/v1/members?phone=abc").json().path("errors").get(0).path("parameter").asText()).isEqualTo("phone");
        assertThat(hub.get("/api/v1/members?number=nomor").status()).isEqualTo(400);
        assertThat(hub.get("/api/v1/members?name=H.").json().path("errors").get(0).path("code").asText()).isEqualTo("NAME_QUERY_INVALID");
        assertThat(hub.get("/api/v1/members?NIK=" + nik).json().path("errors").get(0).path("code").asText())
                .as("an unknown parameter never returns everyone").isEqualTo("PARAMETER_UNKNOWN");
    }

    @Test
    void a_search_by_name_pages_by_likeness_and_a_cursor_belongs_to_its_search() {
        String family = rareWord();
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            registered.add(register(hub, "31.71.01", Niks.random(), "Dewi " + family, phone()).path("id").asText());
        }
        List<String> seen = new ArrayList<>();
        String cursor = "";
        for (int pages = 0; pages < 5; pages++) {
            Api.Response page = hub.get("/api/v1/members?limit=2&name=" + q("Dewi " + family) + cursor);
            seen.addAll(ids(page));
            if (page.json().path("nextCursor").isNull()) {
                break;
            }
            assertThat(hub.get("/api/v1/members?limit=2&cursor=" + page.json().path("nextCursor").asText()).code())
                    .as("a ranked cursor outside its search").isEqualTo("REQUEST_INVALID");
            cursor = "&cursor=" + page.json().path("nextCursor").asText();
        }
        assertThat(seen).containsAll(registered).doesNotHaveDuplicates();
    }

    @Test
    void a_correction_needs_if_match_never_touches_the_nik_and_is_kept_masked_in_the_history() {
        JsonNode member = register(hub, "31.71.01", Niks.random(), "Siti Rahma", phone());
        String path = "/api/v1/members/" + member.path("id").asText();
        String patch = "{\"fullName\":\"Siti Rahmah\",\"phone\":\"081299998888\",\"business\":{\"nib\":\"9120001234567\"}}";
        assertThat(hub.send("PATCH", path, patch, "Content-Type", "application/merge-patch+json").status()).isEqualTo(428);
        assertThat(hub.send("PATCH", path, patch, "Content-Type", "application/merge-patch+json", "If-Match", "\"9\"").status())
                .isEqualTo(412);
        Api.Response refused = hub.send("PATCH", path, "{\"nik\":\"3171014507900001\",\"fullName\":null}", "If-Match", "\"1\"",
                "Content-Type", "application/merge-patch+json");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("code")).contains("FIELD_NOT_CORRECTABLE");
        assertThat(refused.json().path("errors").findValuesAsText("pointer")).containsExactly("/nik");

        Api.Response corrected = hub.send("PATCH", path, patch, "If-Match", "\"1\"", "Content-Type", "application/merge-patch+json",
                "X-Request-Id", "koreksi-1");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().path("fullName").asText()).isEqualTo("Siti Rahmah");
        assertThat(corrected.json().path("business").path("nib").asText()).isEqualTo("9120001234567");
        assertThat(corrected.json().path("nik").asText()).isEqualTo(member.path("nik").asText());
        assertThat(corrected.header("ETag")).contains("\"2\"");

        JsonNode change = hub.get(path + "/history").json().path("changes").get(1);
        assertThat(change.path("action").asText()).isEqualTo("member.corrected");
        assertThat(change.path("requestId").asText()).isEqualTo("koreksi-1");
        assertThat(change.path("by").path("role").asText()).isEqualTo("HUB_ADMIN");
        assertThat(change.path("by").path("tokenId").asText()).isNotBlank();
        assertThat(change.path("fields").findValuesAsText("field")).containsExactly("fullName", "phone", "business.nib");
        assertThat(change.path("fields").get(0).path("before").asText()).isEqualTo("S*** R****");
        assertThat(change.path("fields").get(1).path("after").asText()).isEqualTo("+62812*****888");
        assertThat(change.toString()).doesNotContain("Siti Rahmah", "081299998888", "+6281299998888");
    }

    @Test
    void a_transfer_moves_the_member_into_the_new_partners_scope_and_the_counters_with_it() {
        String dkiPartner = network.validatedPartner("31").path("id").asText();
        String jabarPartner = network.validatedPartner("32").path("id").asText();
        Api dki = TestService.as(network.partnerToken(dkiPartner));
        Api jabar = TestService.as(network.partnerToken(jabarPartner));
        JsonNode member = register(dki, "31.71.01", Niks.random(), "Ani Lestari", phone());
        String path = "/api/v1/members/" + member.path("id").asText();
        long dkiBefore = count(hub, "31");
        long jabarBefore = count(hub, "32");

        Api.Response moved = dki.send("PATCH", path, "{\"kecamatan\":\"32.73.01\"}", "If-Match", "\"1\"",
                "Content-Type", "application/merge-patch+json");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("memberNumber").asText()).as("the number stays").isEqualTo(member.path("memberNumber").asText());
        assertThat(moved.json().path("province").path("code").asText()).isEqualTo("32");
        assertThat(count(hub, "31")).isEqualTo(dkiBefore - 1);
        assertThat(count(hub, "32")).isEqualTo(jabarBefore + 1);
        assertThat(dki.get(path).status()).as("gone from the old partner's scope").isEqualTo(404);
        assertThat(jabar.get(path).status()).as("in the new one's").isEqualTo(200);
        assertThat(hub.get(path + "/history").json().path("changes").get(1).path("action").asText()).isEqualTo("member.transferred");
    }

    private static long count(Api api, String province) {
        for (JsonNode row : api.get("/api/v1/reports/members-by-province").json().path("provinces")) {
            if (row.path("code").asText().equals(province)) {
                return row.path("members").asLong();
            }
        }
        return 0;
    }

    @Test
    void the_hub_withdraws_the_latest_stage_with_its_reason() {
        JsonNode member = Network.member(hub, "31.71.01");
        String path = "/api/v1/members/" + member.path("id").asText();
        Api.Response trained = Network.complete(hub, member.path("id").asText(), "P2", "2018-10-01");
        assertThat(trained.status()).isEqualTo(200);
        String jabarPartner = network.validatedPartner("31").path("id").asText();
        Api partner = TestService.as(network.partnerToken(jabarPartner));
        assertThat(partner.post(path + "/stages/P2/withdrawal", "{\"reason\":\"mistake\"}", "If-Match", "\"2\"").status())
                .isEqualTo(403);
        assertThat(hub.post(path + "/stages/P1/withdrawal", "{\"reason\":\"mistake\"}", "If-Match", "\"2\"").code())
                .isEqualTo("STAGE_NOT_WITHDRAWABLE");
        Api.Response back = hub.post(path + "/stages/P2/withdrawal", "{\"reason\":\"entered for the wrong member\"}", "If-Match", "\"2\"");
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().path("highestStage").path("code").asText()).isEqualTo("P1");
        JsonNode withdrawn = hub.get(path + "/history").json().path("changes").get(2);
        assertThat(withdrawn.path("action").asText()).isEqualTo("stage.withdrawn");
        assertThat(withdrawn.path("reason").asText()).isEqualTo("entered for the wrong member");
    }

    @Test
    void every_route_that_shows_a_member_leaves_a_read_record_and_the_processing_record_lists_them() {
        JsonNode member = Network.member(hub, "31.71.01");
        String id = member.path("id").asText();
        String path = "/api/v1/members/" + id;
        assertThat(hub.get(path + "?purpose=" + q("phone call of 3 Dec")).status()).isEqualTo(200);
        assertThat(hub.get("/api/v1/members?number=" + member.path("memberNumber").asText()).status()).isEqualTo(200);
        assertThat(hub.get(path + "/history").status()).isEqualTo(200);
        Api.Response nik = hub.get(path + "/nik?purpose=" + q("bank verification"));
        assertThat(nik.json().path("nik").asText()).hasSize(16).startsWith("31");
        assertThat(hub.get(path + "/nik").code()).isEqualTo("PURPOSE_REQUIRED");
        assertThat(hub.get(path + "/export").status()).isEqualTo(200);

        JsonNode record = hub.get(path + "/processing-record").json();
        assertThat(record.path("changes").findValuesAsText("action")).containsExactly("member.registered");
        List<String> reads = new ArrayList<>();
        record.path("reads").forEach(r -> reads.add(r.path("channel").asText() + " | " + r.path("purpose").asText()));
        assertThat(reads).containsExactly(
                "GET /api/v1/members/{id} | phone call of 3 Dec",
                "GET /api/v1/members | member-search",
                "GET /api/v1/members/{id}/history | member-history",
                "GET /api/v1/members/{id}/nik | reveal-nik: bank verification",
                "GET /api/v1/members/{id}/export | access-request");
        record.path("reads").forEach(r -> assertThat(r.path("requestId").asText()).isNotBlank());
    }

    @Test
    void a_banks_eligibility_check_and_a_read_of_financing_are_recorded_under_the_bank_officers_token() {
        JsonNode member = Network.member(hub, "31.71.01");
        String path = "/api/v1/members/" + member.path("id").asText();
        Api bank = TestService.as(network.token("{\"role\":\"BANK\",\"bank\":\"Bank DKI\"}"));
        assertThat(bank.get(path + "/financing-eligibility?product=bank-dki-kredit-monas-pemula-2018&amount=10000000")
                .status()).isEqualTo(200);
        assertThat(bank.get(path + "/financings").status()).isEqualTo(200);
        assertThat(bank.get(path + "/financing-eligibility?product=no-such-product&amount=10000000").status())
                .isEqualTo(404);

        JsonNode reads = hub.get(path + "/processing-record").json().path("reads");
        List<String> seen = new ArrayList<>();
        reads.forEach(r -> seen.add(r.path("by").path("role").asText() + " " + r.path("by").path("label").asText() + " | "
                + r.path("channel").asText() + " | " + r.path("purpose").asText()));
        assertThat(seen).as("a refused check revealed nothing and is not recorded").containsExactly(
                "BANK Bank DKI | GET /api/v1/members/{id}/financing-eligibility | financing-eligibility",
                "BANK Bank DKI | GET /api/v1/members/{id}/financings | financing-detail");
        reads.forEach(r -> assertThat(r.path("by").path("tokenId").asText()).hasSize(36));
    }

    @Test
    void the_export_holds_everything_and_an_erasure_leaves_nothing_that_names_the_person() {
        String nik = Niks.random();
        JsonNode member = register(hub, "31.71.01", nik, "Siti Rahma", phone());
        String id = member.path("id").asText();
        String path = "/api/v1/members/" + id;
        Network.complete(hub, id, "P2", "2018-10-01");
        hub.send("PATCH", path, "{\"fullName\":\"Siti Rahmah\"}", "If-Match", "\"2\"", "Content-Type", "application/merge-patch+json");

        String partnerId = network.validatedPartner("31").path("id").asText();
        Api partner = TestService.as(network.partnerToken(partnerId));
        assertThat(partner.get(path + "/export").status()).as("the hub answers the person's request").isEqualTo(403);
        long started = System.nanoTime();
        Api.Response export = hub.get(path + "/export?purpose=" + q("request of 3 Dec 2026"));
        assertThat((System.nanoTime() - started) / 1_000_000).as("in under a second").isLessThan(1_000);
        assertThat(export.json().path("nik").asText()).isEqualTo(nik);
        assertThat(export.json().path("member").path("fullName").asText()).isEqualTo("Siti Rahmah");
        assertThat(export.json().path("changes").findValuesAsText("action")).containsExactly("member.registered", "stage.completed",
                "member.corrected");
        assertThat(export.json().path("changes").get(2).path("fields").get(0).path("before").asText()).as("in full")
                .isEqualTo("Siti Rahma");
        assertThat(export.json().path("reads").findValuesAsText("purpose")).last().isEqualTo("request of 3 Dec 2026");

        assertThat(hub.post(path + "/erasure", "{\"ground\":\"PERSON_REQUEST\"}").status()).as("If-Match").isEqualTo(428);
        assertThat(hub.post(path + "/erasure", "{\"ground\":\"BOSAN\"}", "If-Match", "\"3\"").json().path("errors").get(0)
                .path("code").asText()).isEqualTo("ERASURE_GROUND_UNKNOWN");
        long before = count(hub, "31");
        Api.Response erased = hub.post(path + "/erasure", "{\"ground\":\"PERSON_REQUEST\",\"note\":\"letter 7/PDP\"}",
                "If-Match", "\"3\"");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.body()).doesNotContain(nik, "Siti", "Warung");
        assertThat(erased.json().path("stages").findValuesAsText("code")).containsExactly("P1", "P2");

        Api.Response gone = hub.get(path);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.code()).isEqualTo("MEMBER_ERASED");
        assertThat(hub.get(path + "/export").status()).isEqualTo(410);
        assertThat(hub.get(path + "/history").status()).isEqualTo(410);
        assertThat(count(hub, "31")).as("the reports stay true").isEqualTo(before);
        JsonNode record = hub.get(path + "/processing-record").json();
        assertThat(record.path("erased").asBoolean()).isTrue();
        assertThat(record.path("changes").findValuesAsText("action")).last().isEqualTo("member.erased");
        assertThat(record.toString()).doesNotContain("Siti Rahma", "S*** R****");
        assertThat(ids(hub.get("/api/v1/members?nik=" + nik))).isEmpty();
        assertThat(hub.post("/api/v1/members", Bodies.member("31.71.01", nik)).status()).as("the NIK registers again").isEqualTo(201);
    }

    @Test
    void an_import_error_report_that_names_a_member_leaves_a_read_record_for_that_member() throws Exception {
        String nik = Niks.random();
        JsonNode holder = register(hub, "31.71.01", nik, "Siti Rahma", phone());
        String csv = String.join(",", id.okoce.adapter.csv.MemberColumn.HEADER) + "\n"
                + nik + ",Orang Lain,081234567890,31.71.02,Warung Lain,KULINER,2017-03-01,,2018-09-11,,,,,,,,,,\n";
        Api.Response job = hub.postBytes("/api/v1/imports/members?mode=per-row", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(job.status()).as(job.body()).isEqualTo(202);
        Network.importFinished(hub, job.json().path("id").asText());
        Api.Response errors = hub.get("/api/v1/imports/" + job.json().path("id").asText() + "/errors");
        assertThat(errors.body()).contains("MEMBER_DUPLICATE_NIK", holder.path("memberNumber").asText()).doesNotContain(nik);
        JsonNode reads = hub.get("/api/v1/members/" + holder.path("id").asText() + "/processing-record").json().path("reads");
        assertThat(reads.findValuesAsText("purpose")).contains("import-review");
        assertThat(reads.findValuesAsText("channel")).contains("GET /api/v1/imports/{id}/errors");
    }

    @Test
    void every_kind_of_change_leaves_its_audit_row_in_the_database() throws Exception {
        String partner = network.validatedPartner("33").path("id").asText();
        network.governmentAgreement(partner);
        String token = network.token("{\"role\":\"BANK\",\"bank\":\"Bank Uji\"}");
        JsonNode member = Network.member(hub, "31.71.01");
        Network.complete(hub, member.path("id").asText(), "P2", "2018-10-01");
        assertThat(hub.post("/api/v1/financing-products", """
                {"id":"audit-%1$d","family":"audit-%1$d","bank":"Bank Uji","name":"Kredit Uji","provinces":["31"],"minAmount":1,"maxAmount":10000000,
                 "requiredStages":["P1"],"acceptedLicences":[],"minBusinessAgeMonths":0,"minBorrowerAge":17,"maxTermMonths":12,
                 "validFrom":"2018-01-01"}""".formatted(ThreadLocalRandom.current().nextInt(1_000_000))).status()).isEqualTo(201);
        assertThat(token).isNotBlank();
        var owner = TestService.get().service().injector().getInstance(DatabaseRuntime.class).embeddedServer().orElseThrow()
                .ownerConfig(1);
        List<String> actions = new ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection(owner.url(), owner.user(), owner.password());
             var s = c.createStatement(); var rs = s.executeQuery("SELECT DISTINCT action FROM audit_log")) {
            while (rs.next()) {
                actions.add(rs.getString(1));
            }
        }
        assertThat(actions).contains("partner.registered", "partner.validated", "agreement.recorded", "product.defined", "token.issued",
                "member.registered", "stage.completed");
    }
}
