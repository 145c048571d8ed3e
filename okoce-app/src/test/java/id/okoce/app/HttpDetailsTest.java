package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.okoce.domain.testdata.Niks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The HTTP details an operator or a client meets at the edges: errors the server raises itself are
 * problem details too; a wrong method is 405 with Allow; a NIK placed in a URL never reaches the
 * request log; answers are not sniffed or cached; JSON types are not coerced; out-of-range numbers
 * are field errors.
 */
class HttpDetailsTest {

    private final Api hub = TestService.admin();

    /** A raw exchange over a socket, for requests an HTTP client library would not send. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", TestService.get().service().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertProblemAnswer(String answer, int status, String code) throws IOException {
        assertThat(answer).startsWith("HTTP/1.1 " + status);
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).contains("content-type: application/problem+json");
        JsonNode body = new ObjectMapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("code").asText()).isEqualTo(code);
    }

    @Test
    void errors_raised_by_the_server_itself_are_problem_details() throws IOException {
        String huge = "x".repeat(20_000);
        assertProblemAnswer(raw("GET /api/v1/members HTTP/1.1\r\nHost: localhost\r\nX-Big: " + huge + "\r\nConnection: close\r\n\r\n"),
                431, "HEADERS_TOO_LARGE");
        assertProblemAnswer(raw("GET /api/v1/members?q=" + huge + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                414, "URI_TOO_LONG");
        assertProblemAnswer(raw("GET /health HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\nConnection: close\r\n\r\n"),
                400, "REQUEST_MALFORMED");
    }

    @Test
    void an_answer_after_which_the_server_closes_the_connection_says_so() throws IOException {
        for (String request : new String[] {"GET /api/v1/imports/%00 HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET /health HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n\r\n"}) {
            String answer = raw(request);     // returns only because the server closes the connection
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase())
                    .as("a client told nothing would send its next request on the closed connection")
                    .contains("connection: close");
        }
    }

    @Test
    void a_known_path_with_another_method_is_405_with_allow() {
        Api.Response response = hub.send("DELETE", "/api/v1/members", null);
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow").orElse("")).contains("GET", "POST");
        assertThat(response.header("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("METHOD_NOT_ALLOWED");
        Api.Response partner = hub.send("PUT", "/api/v1/partners/" + java.util.UUID.randomUUID(), "{}");
        assertThat(partner.status()).isEqualTo(405);
        assertThat(partner.header("Allow").orElse("")).isEqualTo("GET, PATCH");
    }

    @Test
    void a_nik_placed_in_a_url_path_is_not_logged_nor_echoed() {
        Logger requests = (Logger) LoggerFactory.getLogger("id.okoce.http.requests");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Level before = requests.getLevel();
        requests.setLevel(Level.INFO);
        requests.setAdditive(false);
        requests.addAppender(log);
        try {
            String nik = Niks.random();
            Api.Response response = hub.get("/api/v1/members/" + nik);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).doesNotContain(nik);
            assertThat(log.list).isNotEmpty();
            assertThat(log.list).allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(nik));
            assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("/api/v1/members/[masked]"));
        } finally {
            requests.detachAppender(log);
            requests.setAdditive(true);
            requests.setLevel(before);
        }
    }

    @Test
    void answers_are_not_sniffed_and_personal_data_is_not_cached() {
        JsonNode member = Network.member(hub, "31.71.01");
        Api.Response read = hub.get("/api/v1/members/" + member.path("id").asText());
        assertThat(read.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(read.header("Cache-Control")).contains("no-store");
        assertThat(read.header("Content-Type").orElse("").replace(" ", "")).isEqualToIgnoringCase("application/json;charset=utf-8");
        Api.Response refused = hub.get("/api/v1/members/not-an-id");
        assertThat(refused.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(refused.header("Cache-Control")).contains("no-store");
        assertThat(refused.header("Content-Type").orElse("").replace(" ", "")).isEqualToIgnoringCase("application/problem+json;charset=utf-8");
        assertThat(TestService.as(null).get("/health").header("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void a_json_value_of_the_wrong_type_is_refused_not_coerced() {
        String nik = Niks.random();
        String asNumber = Bodies.member("31.71.01", nik).replace("\"" + nik + "\"", nik);
        Api.Response number = hub.post("/api/v1/members", asNumber);
        assertThat(number.status()).as(number.body()).isEqualTo(400);
        assertThat(number.json().path("errors").findValuesAsText("pointer")).contains("/nik");
        Api.Response bool = hub.post("/api/v1/members", Bodies.member("31.71.01", Niks.random(), "Siti Rahma", People.phone())
                .replace("\"Siti Rahma\"", "true"));
        assertThat(bool.status()).as(bool.body()).isEqualTo(400);
        assertThat(bool.json().path("errors").findValuesAsText("pointer")).contains("/fullName");
        Api.Response date = hub.post("/api/v1/members", Bodies.member("31.71.01").replace("\"2018-09-10\"", "17784"));
        assertThat(date.status()).as(date.body()).isEqualTo(400);
        assertThat(date.json().path("errors").findValuesAsText("pointer")).contains("/registeredOn");
        Api.Response text = hub.post("/api/v1/financing-products", "{\"id\":\"x-1\",\"family\":\"x-1\",\"bank\":\"Bank DKI\",\"name\":\"n\","
                + "\"provinces\":[\"31\"],\"minAmount\":\"1\",\"maxAmount\":10,\"requiredStages\":[],\"acceptedLicences\":\"NIB\","
                + "\"minBusinessAgeMonths\":0,\"minBorrowerAge\":17,\"maxTermMonths\":12,\"validFrom\":\"2018-01-01\"}");
        assertThat(text.status()).as(text.body()).isEqualTo(400);
        assertThat(text.json().path("errors").findValuesAsText("pointer")).containsAnyOf("/minAmount", "/acceptedLicences");
    }

    @Test
    void a_limit_beyond_any_integer_is_a_parameter_error() {
        for (String limit : new String[] {"99999999999", "-99999999999999999999", "0", "501"}) {
            Api.Response response = hub.get("/api/v1/members?limit=" + limit);
            assertThat(response.status()).as(limit + ": " + response.body()).isEqualTo(400);
            assertThat(response.json().path("errors").findValuesAsText("parameter")).contains("limit");
            assertThat(response.json().path("errors").findValuesAsText("code")).contains("QUERY_LIMIT_INVALID");
        }
    }

    @Test
    void an_unknown_query_parameter_is_refused_naming_it() {
        Api.Response response = hub.get("/api/v1/members?nikk=3171014507900001");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("parameter")).contains("nikk");
        assertThat(response.body()).doesNotContain("3171014507900001");
    }

    @Test
    void an_undecodable_query_is_a_parameter_error_naming_it() throws IOException {
        String answer = raw("GET /api/v1/members?cursor=%%% HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestService.get().adminToken() + "\r\nConnection: close\r\n\r\n");
        assertProblemAnswer(answer, 400, "REQUEST_INVALID");
        assertThat(answer).contains("\"parameter\":\"cursor\"", "PARAMETER_MALFORMED");
        Api.Response garbage = hub.get("/api/v1/members?cursor=bm90LWEtY3Vyc29y");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().path("errors").findValuesAsText("code")).contains("CURSOR_INVALID");
    }

    @Test
    void a_number_too_large_for_its_field_is_that_fields_error() {
        JsonNode member = Network.member(hub, "31.71.01");
        Api.Response response = hub.post("/api/v1/members/" + member.path("id").asText() + "/financings",
                "{\"product\":\"bank-dki-kredit-monas-pemula-2018\",\"amount\":99999999999999999999999,\"termMonths\":12,"
                        + "\"reference\":\"R\"}", "If-Match", "\"1\"");
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("pointer")).containsExactly("/amount");
        assertThat(response.json().path("errors").findValuesAsText("code")).containsExactly("FIELD_OUT_OF_RANGE");
        Api.Response term = hub.post("/api/v1/members/" + member.path("id").asText() + "/financings",
                "{\"product\":\"p\",\"amount\":1,\"termMonths\":99999999999,\"reference\":\"R\"}", "If-Match", "\"1\"");
        assertThat(term.json().path("errors").findValuesAsText("pointer")).containsExactly("/termMonths");
    }

    @Test
    void a_body_where_none_is_taken_is_refused_and_a_body_of_another_media_type_is_415() {
        Api.Response partner = hub.post("/api/v1/partners", Bodies.partner("34"));
        String id = partner.json().path("id").asText();
        Api.Response withBody = hub.post("/api/v1/partners/" + id + "/reinstatement", "{\"reason\":\"x\"}", "If-Match", "*");
        assertThat(withBody.status()).isEqualTo(400);
        assertThat(withBody.json().path("errors").findValuesAsText("code")).containsExactly("FIELD_UNKNOWN");
        Api.Response form = hub.send("POST", "/api/v1/members", "nik=1&fullName=x", "Content-Type", "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        Api.Response csvAsJson = hub.send("POST", "/api/v1/imports/members", "{}", "Content-Type", "application/json");
        assertThat(csvAsJson.status()).isEqualTo(415);
        assertThat(hub.send("POST", "/api/v1/members", Bodies.member("31.71.01"), "Content-Type", "application/json; charset=utf-8")
                .status()).as("JSON with its charset said is JSON").isEqualTo(201);
    }

    @Test
    void a_route_that_does_not_exist_has_one_wording_wherever_it_is_refused() {
        Api.Response api = hub.get("/api/v1/nothing-here");
        Api.Response root = TestService.as(null).get("/nothing-here");
        assertThat(api.status()).isEqualTo(404);
        assertThat(root.status()).isEqualTo(404);
        assertThat(api.code()).isEqualTo("ROUTE_NOT_FOUND").isEqualTo(root.code());
        assertThat(api.json().path("detail").asText()).isEqualTo("no such route: GET /api/v1/nothing-here");
        assertThat(root.json().path("detail").asText()).isEqualTo("no such route: GET /nothing-here");
    }

    @Test
    void every_location_given_is_answered_by_a_get() {
        Api.Response partner = hub.post("/api/v1/partners", Bodies.partner("35"));
        String partnerId = partner.json().path("id").asText();
        assertThat(hub.post("/api/v1/partners/" + partnerId + "/validation", "{\"decision\":\"APPROVE\"}", "If-Match", "\"1\"").status())
                .isEqualTo(200);
        Api.Response agreement = hub.post(partner.header("Location").orElseThrow() + "/agreements",
                "{\"counterpartyKind\":\"EDUCATION\",\"counterpartyName\":\"Universitas\",\"stages\":[\"P2\"],\"validFrom\":\"2018-10-01\"}");
        Api.Response token = hub.post("/api/v1/tokens", "{\"role\":\"BANK\",\"bank\":\"Bank Uji\"}");
        Api.Response product = hub.post("/api/v1/financing-products", """
                {"id":"lokasi-%1$d","family":"lokasi-%1$d","bank":"Bank Uji","name":"Kredit","provinces":["31"],"minAmount":1,"maxAmount":10,
                 "requiredStages":["P1"],"acceptedLicences":[],"minBusinessAgeMonths":0,"minBorrowerAge":17,"maxTermMonths":12,
                 "validFrom":"2018-01-01"}""".formatted(System.nanoTime()));
        Api.Response member = hub.post("/api/v1/members", Bodies.member("31.71.01"));
        for (Api.Response created : List.of(partner, agreement, token, product, member)) {
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String location = created.header("Location").orElseThrow();
            assertThat(hub.get(location).status()).as("GET " + location).isEqualTo(200);
        }
    }
}
