package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.okoce.domain.testdata.Niks;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear, stable error that says where; business refusals get 409/422; nothing leaks. */
class ApiErrorsTest {

    private final Api admin = TestService.admin();

    private static List<String> pointers(Api.Response response) {
        List<String> pointers = new ArrayList<>();
        response.json().path("errors").forEach(e -> pointers.add(e.path("pointer").asText() + " " + e.path("code").asText()));
        return pointers;
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("type").asText()).isEqualTo("urn:okoce:problem:" + code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "SELECT", "INSERT", "org.postgresql");
    }

    @Test
    void malformed_json_is_400_with_where_it_broke() {
        Api.Response response = admin.post("/api/v1/members", "{\"nik\": \"3171", "Content-Type", "application/json");
        assertProblem(response, 400, "REQUEST_INVALID");
        assertThat(pointers(response)).containsExactly(" JSON_MALFORMED");
    }

    @Test
    void an_unknown_field_is_refused_so_clients_cannot_set_what_they_do_not_own() {
        String body = Bodies.member("31.71.01").replaceFirst("\\{", "{\"memberNumber\":\"OKOCE-31-0000001\",");
        assertThat(pointers(admin.post("/api/v1/members", body))).containsExactly("/memberNumber FIELD_UNKNOWN");
        String partner = Bodies.partner("32").replaceFirst("\\{", "{\"status\":\"VALIDATED\",");
        assertThat(pointers(admin.post("/api/v1/partners", partner))).containsExactly("/status FIELD_UNKNOWN");
    }

    @Test
    void wrong_types_name_the_field() {
        String body = Bodies.member("31.71.01").replace("\"registeredOn\":\"2018-09-10\"", "\"registeredOn\":20180910");
        assertThat(pointers(admin.post("/api/v1/members", body))).containsExactly("/registeredOn FIELD_TYPE");
        String notDate = Bodies.member("31.71.01").replace("\"startedOn\":\"2017-03-01\"", "\"startedOn\":\"01-03-2017\"");
        assertThat(pointers(admin.post("/api/v1/members", notDate))).containsExactly("/business/startedOn FIELD_TYPE");
    }

    @Test
    void missing_fields_and_invalid_values_are_all_listed_at_once() {
        Api.Response missing = admin.post("/api/v1/members", "{\"nik\":\"3171014507900001\",\"business\":{\"sector\":\"JASA\"}}");
        assertThat(pointers(missing)).contains("/fullName FIELD_REQUIRED", "/phone FIELD_REQUIRED", "/kecamatan FIELD_REQUIRED",
                "/registeredOn FIELD_REQUIRED", "/business/name FIELD_REQUIRED", "/business/startedOn FIELD_REQUIRED")
                .doesNotContain("/business/nib FIELD_REQUIRED");
        String bad = """
                {"nik":"3171013002900001","fullName":"Siti","phone":"0211234567","kecamatan":"31.99.99","registeredOn":"2018-09-10",
                 "business":{"name":"Warung","sector":"MINING","startedOn":"2017-03-01","nib":"123"}}""";
        Api.Response invalid = admin.post("/api/v1/members", bad);
        assertProblem(invalid, 400, "REQUEST_INVALID");
        assertThat(pointers(invalid)).containsExactlyInAnyOrder("/nik NIK_INVALID_DATE", "/phone PHONE_NOT_MOBILE",
                "/kecamatan REGION_UNKNOWN", "/business/sector SECTOR_UNKNOWN", "/business/nib NIB_LENGTH");
    }

    @Test
    void unknown_enum_values_are_400_with_the_pointer() {
        String id = Network.member(admin, "31.71.01").path("id").asText();
        String etag = admin.get("/api/v1/members/" + id).header("ETag").orElseThrow();
        Api.Response stage = admin.post("/api/v1/members/" + id + "/stages",
                "{\"stage\":\"P9\",\"completedOn\":\"2018-09-20\"}", "If-Match", etag);
        assertThat(pointers(stage)).containsExactly("/stage STAGE_UNKNOWN");
        Api.Response licence = admin.post("/api/v1/members/" + id + "/stages",
                "{\"stage\":\"P2\",\"completedOn\":\"2018-09-20\",\"evidence\":{}}", "If-Match", etag);
        assertThat(pointers(licence)).containsExactly("/evidence/certificateNumber STAGE_EVIDENCE_MISSING");
    }

    @Test
    void business_refusals_are_409_or_422_with_the_domain_code_and_write_nothing() {
        JsonNode member = Network.member(admin, "31.71.01");
        String id = member.path("id").asText();
        Api.Response outOfOrder = Network.complete(admin, id, "P4", "2018-10-01");
        assertProblem(outOfOrder, 409, "STAGE_OUT_OF_ORDER");
        assertThat(Network.complete(admin, id, "P2", "2018-09-20").status()).isEqualTo(200);
        assertProblem(Network.complete(admin, id, "P2", "2018-09-21"), 409, "STAGE_ALREADY_DONE");
        assertProblem(Network.complete(admin, id, "P3", "2099-01-01"), 422, "STAGE_DATE_INVALID");
        assertThat(admin.get("/api/v1/members/" + id).json().path("version").asLong()).isEqualTo(2);
    }

    @Test
    void a_duplicate_nik_names_the_existing_member_never_the_nik() {
        String nik = Niks.random();
        JsonNode first = admin.post("/api/v1/members", Bodies.member("31.71.01", nik)).json();
        Api.Response again = admin.post("/api/v1/members", Bodies.member("32.73.01", nik));
        assertProblem(again, 409, "MEMBER_DUPLICATE_NIK");
        assertThat(again.json().path("details").path("existingMemberNumber").asText()).isEqualTo(first.path("memberNumber").asText());
        assertThat(again.body()).doesNotContain(nik);
    }

    @Test
    void versioned_changes_need_if_match_and_refuse_a_stale_one() {
        String id = Network.member(admin, "31.71.01").path("id").asText();
        assertProblem(admin.post("/api/v1/members/" + id + "/stages", Bodies.stage("P2", "2018-09-20")), 428, "PRECONDITION_REQUIRED");
        assertProblem(admin.post("/api/v1/members/" + id + "/stages", Bodies.stage("P2", "2018-09-20"), "If-Match", "\"7\""),
                412, "VERSION_CONFLICT");
        Api.Response read = admin.get("/api/v1/members/" + id);
        assertThat(read.header("ETag")).contains("\"1\"");
        Api.Response done = admin.post("/api/v1/members/" + id + "/stages", Bodies.stage("P2", "2018-09-20"), "If-Match", "\"1\"");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.header("ETag")).contains("\"2\"");
        assertProblem(admin.post("/api/v1/members/" + id + "/stages", Bodies.stage("P3", "2018-09-21"), "If-Match", "\"1\""),
                412, "VERSION_CONFLICT");
    }

    @Test
    void an_idempotency_key_replays_the_first_answer_and_refuses_another_body() {
        String key = UUID.randomUUID().toString();
        String body = Bodies.member("31.71.01");
        Api.Response first = admin.post("/api/v1/members", body, "Idempotency-Key", key);
        Api.Response retry = admin.post("/api/v1/members", body, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("id")).isEqualTo(first.json().path("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotency-Replayed")).contains("true");
        assertProblem(admin.post("/api/v1/members", Bodies.member("31.71.02"), "Idempotency-Key", key), 422, "IDEMPOTENCY_KEY_REUSED");
        Network network = new Network();
        Api partner = TestService.as(network.partnerToken(network.validatedPartner("31").path("id").asText()));
        Api.Response otherCaller = partner.post("/api/v1/members", Bodies.member("31.71.03"), "Idempotency-Key", key);
        assertThat(otherCaller.status()).as("keys are scoped to the caller").isEqualTo(201);
        assertThat(otherCaller.json().path("id")).isNotEqualTo(first.json().path("id"));
    }

    @Test
    void a_body_over_one_mebibyte_is_413_every_time() {
        String huge = "{\"fullName\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        for (int i = 0; i < 20; i++) {
            assertProblem(admin.post("/api/v1/members", huge), 413, "PAYLOAD_TOO_LARGE");
        }
    }

    @Test
    void a_client_that_waits_for_100_continue_gets_the_413_without_sending_the_body() throws Exception {
        // a raw socket: java.net.http in Java 17 waits forever when the answer to Expect is not 100
        try (Socket socket = new Socket("127.0.0.1", TestService.get().service().port())) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v1/members HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TestService.get().adminToken()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + 2 * 1024 * 1024
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("PAYLOAD_TOO_LARGE").doesNotContain("100 Continue");
        }
    }

    @Test
    void niks_are_masked_everywhere_in_responses() {
        String nik = Niks.random();
        JsonNode created = admin.post("/api/v1/members", Bodies.member("31.71.01", nik)).json();
        String id = created.path("id").asText();
        assertThat(created.toString()).doesNotContain(nik);
        assertThat(admin.get("/api/v1/members/" + id).body()).doesNotContain(nik).contains(nik.substring(0, 2) + "**********" + nik.substring(12));
        assertThat(admin.get("/api/v1/members?province=31&limit=500").body()).doesNotContain(nik);
    }

    @Test
    void query_parameters_are_checked_and_pages_follow_the_cursor() {
        Api.Response limit = admin.get("/api/v1/members?limit=501");
        assertProblem(limit, 400, "REQUEST_INVALID");
        assertThat(limit.json().path("errors").get(0).path("parameter").asText()).isEqualTo("limit");
        assertThat(admin.get("/api/v1/members?cursor=garbage").json().path("errors").get(0).path("code").asText()).isEqualTo("CURSOR_INVALID");
        assertThat(admin.get("/api/v1/members?stage=P8").json().path("errors").get(0).path("code").asText()).isEqualTo("STAGE_UNKNOWN");
        Network network = new Network();
        String partnerId = network.validatedPartner("51").path("id").asText();
        Api partner = TestService.as(network.partnerToken(partnerId));
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Network.member(partner, "51.71.01").path("memberNumber").asText());
        }
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = admin.get("/api/v1/members?partner=" + partnerId + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.path("members").forEach(m -> paged.add(m.path("memberNumber").asText()));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        assertThat(paged).containsExactlyElementsOf(created);
    }

    @Test
    void an_unknown_route_and_a_malformed_id_are_problems_too() {
        assertProblem(admin.get("/api/v1/nothing-here"), 404, "ROUTE_NOT_FOUND");
        assertProblem(admin.get("/api/v1/members/not-a-uuid"), 400, "REQUEST_INVALID");
        assertProblem(admin.get("/api/v1/members/" + UUID.randomUUID()), 404, "MEMBER_NOT_FOUND");
    }
}
