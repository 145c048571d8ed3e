package id.okoce.adapter.http;

import static id.okoce.domain.testdata.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.okoce.adapter.http.system.HealthProbe;
import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.access.ReplayRequestsUseCase;
import id.okoce.application.port.in.member.CompleteStageCommand;
import id.okoce.application.port.in.member.CompleteStageUseCase;
import id.okoce.application.port.in.Revealed;
import id.okoce.application.port.in.member.ReadMembersUseCase;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import id.okoce.application.port.in.member.RegisterMemberCommand;
import id.okoce.application.port.in.member.RegisterMemberUseCase;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.application.port.out.StorageUnavailableException;
import id.okoce.domain.member.Member;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageError;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP adapter on its own: a real server on a socket, with stub use cases, showing what the
 * adapter itself decides — how bodies are read and refused, how refusals become problem details,
 * versions and replays, and the API document.
 */
class HttpApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String MEMBER = """
            {"nik":"3171014507900001","fullName":"Siti Rahma","phone":"081234567890","kecamatan":"31.71.01","registeredOn":"2018-09-10",
             "business":{"name":"Warung Siti","sector":"KULINER","startedOn":"2017-03-01","nib":null}}""";

    private final StubUseCases stubs = new StubUseCases();
    private HttpApi api;

    /** An answer. */
    private record Answer(int status, JsonNode json, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    @TempDir
    Path uploads;

    @BeforeEach
    void start() throws IOException {
        api = HttpApi.create(stubs.useCases(), new HttpApi.Options(() -> new HealthProbe.Health(true, Map.of("database", "UP")),
                (method, route, status, nanos) -> { }, () -> "", Duration.ofSeconds(5), "test",
                uploads, 8, () -> true)).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    private Answer send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer hub");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        boolean language = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            language |= headers[i].equalsIgnoreCase("Accept-Language");
        }
        if (!language) {
            request.header("Accept-Language", "en");
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), json, response);
    }

    @Test
    void every_mistake_in_a_body_is_reported_with_its_pointer_and_the_use_case_is_not_called() throws Exception {
        String bad = MEMBER.replace("3171014507900001", "123").replace("081234567890", "021555").replace("KULINER", "MAKANAN");
        Answer answer = send("POST", "/api/v1/members", bad);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("code").asText()).isEqualTo("REQUEST_INVALID");
        assertThat(answer.json().path("errors").findValuesAsText("pointer")).containsExactlyInAnyOrder("/nik", "/phone", "/business/sector");
        assertThat(stubs.calls).doesNotContain("RegisterMemberUseCase.register");

        Answer unknown = send("POST", "/api/v1/members", MEMBER.replace("\"fullName\"", "\"nama\":\"x\",\"fullName\""));
        assertThat(unknown.json().path("errors").get(0).path("code").asText()).isEqualTo("FIELD_UNKNOWN");
        assertThat(unknown.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/nama");
        Answer missing = send("POST", "/api/v1/members", MEMBER.replace("\"phone\":\"081234567890\",", ""));
        assertThat(missing.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/phone");
        assertThat(missing.json().path("errors").get(0).path("code").asText()).isEqualTo("FIELD_REQUIRED");
        Answer malformed = send("POST", "/api/v1/members", "{\"nik\":");
        assertThat(malformed.json().path("errors").get(0).path("code").asText()).isEqualTo("JSON_MALFORMED");
        Answer twice = send("POST", "/api/v1/members", MEMBER.replace("\"fullName\":\"Siti Rahma\"", "\"fullName\":\"a\",\"fullName\":\"b\""));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(stubs.calls).doesNotContain("RegisterMemberUseCase.register");
    }

    @Test
    void a_good_body_reaches_the_use_case_as_domain_values_and_the_answer_carries_location_and_etag() throws Exception {
        AtomicReference<RegisterMemberCommand> seen = new AtomicReference<>();
        Member member = aMember().build().withVersion(1);
        stubs.when(RegisterMemberUseCase.class, "register", args -> {
            seen.set((RegisterMemberCommand) args[0]);
            return member;
        });
        Answer answer = send("POST", "/api/v1/members", MEMBER);
        assertThat(answer.status()).isEqualTo(201);
        assertThat(seen.get().nik().value()).isEqualTo("3171014507900001");
        assertThat(seen.get().phone().e164()).isEqualTo("+6281234567890");
        assertThat(seen.get().actor()).isEqualTo(StubUseCases.HUB);
        assertThat(answer.header("Location")).isEqualTo("/api/v1/members/" + member.id());
        assertThat(answer.header("ETag")).isEqualTo("\"1\"");
        assertThat(answer.json().path("nik").asText()).as("the NIK leaves masked").isEqualTo(member.nik().masked());
    }

    @Test
    void a_replayed_answer_is_sent_as_remembered_with_its_headers() throws Exception {
        stubs.when(ReplayRequestsUseCase.class, "once", args -> new ReplayRequestsUseCase.Replay(
                new ReplayRequestsUseCase.RememberedOutcome(201, "{\"remembered\":true}", Optional.of("/api/v1/members/x"),
                        Optional.of("\"7\"")), true));
        Answer answer = send("POST", "/api/v1/members", MEMBER, "Idempotency-Key", "k-1");
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().path("remembered").asBoolean()).isTrue();
        assertThat(answer.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(answer.header("ETag")).isEqualTo("\"7\"");
        assertThat(answer.header("Location")).isEqualTo("/api/v1/members/x");
        assertThat(stubs.calls).doesNotContain("RegisterMemberUseCase.register");
    }

    @Test
    void versions_are_etags_and_a_change_needs_if_match() throws Exception {
        Member member = aMember().build().withVersion(3);
        stubs.when(ReadMembersUseCase.class, "get", args -> Revealed.nothingPersonal(member));
        assertThat(send("GET", "/api/v1/members/" + member.id(), null).header("ETag")).isEqualTo("\"3\"");
        String stage = "{\"stage\":\"P2\",\"completedOn\":\"2018-10-01\",\"evidence\":{\"certificateNumber\":\"S\"}}";
        assertThat(send("POST", "/api/v1/members/" + member.id() + "/stages", stage).status()).isEqualTo(428);
        AtomicReference<OptionalLong> expected = new AtomicReference<>();
        stubs.when(CompleteStageUseCase.class, "complete", args -> {
            CompleteStageCommand command = (CompleteStageCommand) args[0];
            expected.set(command.expectedVersion());
            assertThat(command.completion().stage()).isEqualTo(Stage.TRAINING);
            throw new StaleVersionException("member " + member.id(), 2);
        });
        Answer stale = send("POST", "/api/v1/members/" + member.id() + "/stages", stage, "If-Match", "W/\"2\"");
        assertThat(expected.get()).isEqualTo(OptionalLong.of(2));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("code").asText()).isEqualTo("VERSION_CONFLICT");
    }

    @Test
    void each_kind_of_refusal_has_its_status_and_nothing_unexpected_leaks() throws Exception {
        Member member = aMember().build().withVersion(1);
        String path = "/api/v1/members/" + member.id();
        Map<DomainException, Integer> kinds = Map.of(
                new DomainException(ApplicationError.MEMBER_NOT_FOUND, "id", "no member"), 404,
                new DomainException(StageError.STAGE_OUT_OF_ORDER, "stage", "P3 needs P2"), 409,
                new DomainException(StageError.STAGE_UNAVAILABLE_IN_REGION, "stage", "not here"), 422,
                new DomainException(id.okoce.domain.access.AccessError.REGION_OUT_OF_SCOPE, "kecamatan", "not yours"), 403,
                new StorageUnavailableException("it cannot be reached", null), 503);
        for (Map.Entry<DomainException, Integer> kind : kinds.entrySet()) {
            stubs.when(ReadMembersUseCase.class, "get", args -> {
                throw kind.getKey();
            });
            Answer answer = send("GET", path, null);
            assertThat(answer.status()).as(kind.getKey().code().name()).isEqualTo(kind.getValue());
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().path("code").asText()).isEqualTo(kind.getKey().code().name());
            assertThat(answer.json().path("type").asText()).isEqualTo("urn:okoce:problem:" + kind.getKey().code().name());
            assertThat(answer.header("Retry-After")).as("only a 503 says when to retry").isEqualTo(answer.status() == 503 ? "2" : null);
        }
        stubs.when(ReadMembersUseCase.class, "get", args -> {
            throw new IllegalStateException("SELECT nik FROM members WHERE nik = '3171014507900001'");
        });
        Answer unexpected = send("GET", path, null);
        assertThat(unexpected.status()).isEqualTo(500);
        assertThat(unexpected.raw().body()).doesNotContain("SELECT").doesNotContain("3171014507900001").contains("reference");
    }

    @Test
    void no_token_is_401_and_the_document_lists_what_the_server_registered() throws Exception {
        HttpResponse<String> anonymous = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port()
                + "/api/v1/members")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(stubs.calls).as("nothing is asked of the core without a token").isEmpty();
        JsonNode doc = send("GET", "/openapi.json", null).json();
        int documented = 0;
        for (JsonNode path : doc.path("paths")) {
            documented += path.size();
        }
        assertThat(documented).isEqualTo(api.registeredRoutes().size()).isEqualTo(api.routes().size());
        assertThat(doc.path("components").path("schemas").path("RegisterMemberRequest.BusinessRequest").path("properties")
                .path("sector").path("enum")).as("allowed values come from the domain's enum").hasSize(8);
        assertThat(send("GET", "/health", null).json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void an_answer_that_reveals_a_member_leaves_only_once_its_read_record_is_stored() throws Exception {
        Member member = aMember().build().withVersion(1);
        CompletableFuture<Void> stored = new CompletableFuture<>();
        stubs.when(ReadMembersUseCase.class, "get", args -> {
            assertThat(args[2]).as("the purpose the caller gave").isEqualTo("checking a complaint");
            return new Revealed<>(member, stored);
        });
        CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(() -> {
            try {
                return send("GET", "/api/v1/members/" + member.id() + "?purpose=checking%20a%20complaint", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertThat(answer).as("no answer while the read record is not stored").isNotDone();
        stored.complete(null);
        Answer sent = answer.get(10, TimeUnit.SECONDS);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().path("memberNumber").asText()).isEqualTo(member.number().toString());
        assertThat(sent.header("X-Request-Id")).as("every answer names its request").isNotBlank();

        stubs.when(ReadMembersUseCase.class, "get", args -> new Revealed<>(member, CompletableFuture.failedFuture(
                new StorageUnavailableException("it cannot be reached", null))));
        Answer refused = send("GET", "/api/v1/members/" + member.id(), null, "X-Request-Id", "req-42");
        assertThat(refused.status()).as("a read that cannot be recorded is not answered").isEqualTo(503);
        assertThat(refused.raw().body()).doesNotContain(member.fullName());
        assertThat(refused.header("X-Request-Id")).as("a client's request id is kept").isEqualTo("req-42");
    }
}
