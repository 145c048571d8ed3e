package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import id.okoce.app.webhook.WebhookSignature;
import id.okoce.domain.testdata.Niks;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks against a real receiver on loopback (allowed by the test service's setting): signed
 * deliveries in event order, attempts recorded, a failing receiver retried with the same
 * webhook-id, a replay, a secret rotation sending both signatures, and refusals with their codes.
 */
class WebhooksApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the receiver got. */
    private record Received(String id, long timestamp, String signature, String body, int answered) {
    }

    private final Network network = new Network();
    private final Api hub = network.admin();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(204);
    private HttpServer receiver;

    @BeforeEach
    void listen() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = answer.get();
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                    Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp")),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), new String(body, StandardCharsets.UTF_8), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private JsonNode register(String types) {
        Api.Response made = hub.post("/api/v1/webhooks", "{\"url\":\"" + url() + "\",\"types\":" + types + ",\"description\":\"tes\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json();
    }

    private List<Received> until(Predicate<List<Received>> condition) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.test(received); i++) {
            Thread.sleep(50);
        }
        return List.copyOf(received);
    }

    private static JsonNode body(Received r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean about(Received r, String memberId) {
        return body(r).path("data").path("memberId").asText().equals(memberId);
    }

    @Test
    void events_arrive_signed_in_order_and_a_failing_receiver_gets_them_again_with_the_same_id() throws Exception {
        JsonNode endpoint = register("[\"member.registered\"]");
        String secret = endpoint.path("secret").asText();
        assertThat(secret).startsWith("whsec_");
        String id = endpoint.path("id").asText();
        assertThat(hub.get("/api/v1/webhooks/" + id).json().path("secret").isNull()).as("the secret is shown once").isTrue();

        String nik = Niks.random();
        String name = People.name();
        String phone = People.phone();
        String first = hub.post("/api/v1/members", Bodies.member("31.71.01", nik, name, phone)).json().path("id").asText();
        String second = Network.member(hub, "31.71.01").path("id").asText();
        List<Received> got = until(r -> r.stream().anyMatch(x -> about(x, second)));
        Received one = got.stream().filter(r -> about(r, first)).findFirst().orElseThrow();
        Received two = got.stream().filter(r -> about(r, second)).findFirst().orElseThrow();
        assertThat(WebhookSignature.verifies(one.signature(), secret, one.id(), one.timestamp(), one.body().getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(body(one).path("type").asText()).isEqualTo("member.registered");
        assertThat(one.body()).doesNotContain(nik).doesNotContain(name).doesNotContain(phone.substring(1));
        assertThat(Long.parseLong(two.id().substring(4))).as("in event order").isGreaterThan(Long.parseLong(one.id().substring(4)));
        assertThat(got).allMatch(r -> body(r).path("type").asText().equals("member.registered"));

        answer.set(500);
        String third = Network.member(hub, "31.71.01").path("id").asText();
        until(r -> r.stream().anyMatch(x -> about(x, third) && x.answered() == 500));
        JsonNode failing = hub.get("/api/v1/webhooks/" + id).json();
        for (int i = 0; i < 100 && failing.path("failures").asInt() == 0; i++) {
            Thread.sleep(50);  // the round is settled just after the receiver answered
            failing = hub.get("/api/v1/webhooks/" + id).json();
        }
        assertThat(failing.path("failures").asInt()).isPositive();
        JsonNode attempts = hub.get("/api/v1/webhooks/" + id + "/attempts").json();
        assertThat(attempts.get(0).path("status").asInt()).isEqualTo(500);
        assertThat(attempts.get(0).path("error").asText()).contains("500");
        answer.set(204);
        List<Received> after = until(r -> r.stream().anyMatch(x -> about(x, third) && x.answered() == 204));
        List<String> ids = after.stream().filter(r -> about(r, third)).map(Received::id).distinct().toList();
        assertThat(ids).as("the same webhook-id on every attempt").hasSize(1);
        assertThat(hub.get("/api/v1/webhooks/" + id).json().path("failures").asInt()).isZero();
        String metrics = hub.get("/metrics").body();
        assertThat(metrics).contains("okoce_webhook_attempts_total{endpoint=\"" + id + "\",outcome=\"failed\"}")
                .contains("okoce_webhook_attempts_total{endpoint=\"" + id + "\",outcome=\"delivered\"}")
                .contains("okoce_webhook_lag_events{endpoint=\"" + id + "\"}");

        long replayFrom = Long.parseLong(one.id().substring(4));
        received.clear();
        Api.Response replayed = hub.post("/api/v1/webhooks/" + id + "/replay", "{\"fromEventId\":" + replayFrom + "}");
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
        List<Received> again = until(r -> r.stream().anyMatch(x -> about(x, third)));
        assertThat(again.stream().map(Received::id)).contains(one.id(), two.id());

        Api.Response rotated = hub.send("POST", "/api/v1/webhooks/" + id + "/secret-rotation", null);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String fresh = rotated.json().path("secret").asText();
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(secret);
        received.clear();
        String fourth = Network.member(hub, "31.71.01").path("id").asText();
        Received signedTwice = until(r -> r.stream().anyMatch(x -> about(x, fourth))).stream().filter(r -> about(r, fourth))
                .findFirst().orElseThrow();
        byte[] raw = signedTwice.body().getBytes(StandardCharsets.UTF_8);
        assertThat(signedTwice.signature().split(" ")).hasSize(2);
        assertThat(WebhookSignature.verifies(signedTwice.signature(), fresh, signedTwice.id(), signedTwice.timestamp(), raw)).isTrue();
        assertThat(WebhookSignature.verifies(signedTwice.signature(), secret, signedTwice.id(), signedTwice.timestamp(), raw)).isTrue();

        assertThat(hub.delete("/api/v1/webhooks/" + id).status()).isEqualTo(204);
        assertThat(hub.get("/api/v1/webhooks/" + id).status()).isEqualTo(404);
    }

    @Test
    void a_slow_receiver_is_cut_off_and_an_endpoint_failing_for_the_whole_period_is_disabled_until_a_replay() throws Exception {
        JsonNode endpoint = register("[\"member.registered\"]");
        String id = endpoint.path("id").asText();
        receiver.removeContext("/hook");
        receiver.createContext("/hook", exchange -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"), 0, "", "", 204));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        Network.member(hub, "31.71.01");
        JsonNode attempts = null;
        for (int i = 0; i < 100; i++) {
            attempts = hub.get("/api/v1/webhooks/" + id + "/attempts").json();
            if (attempts.size() > 0) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(attempts.get(0).path("error").asText()).as("cut off by the timeout").contains("no answer within 1000 ms");
        assertThat(attempts.get(0).path("status").isNull()).isTrue();

        // the endpoint has failed for longer than the period (seventy-three hours ago, by the clock of its record)
        org.jdbi.v3.core.Jdbi.create(TestService.get().service().injector().getInstance(DatabaseRuntime.class).database().dataSource())
                .useHandle(h -> h.createUpdate("UPDATE webhook_endpoints SET failing_since = now() - interval '73 hours' WHERE id = :id")
                        .bind("id", java.util.UUID.fromString(id)).execute());
        JsonNode disabled = null;
        for (int i = 0; i < 200; i++) {
            disabled = hub.get("/api/v1/webhooks/" + id).json();
            if (!disabled.path("disabledAt").isNull()) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(disabled.path("disabledAt").isNull()).as("disabled after failing for the whole period").isFalse();
        assertThat(disabled.path("disabledReason").asText()).contains("failed for").contains("no answer within");

        receiver.removeContext("/hook");
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"), 0, "", "", 204));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        Api.Response replay = hub.post("/api/v1/webhooks/" + id + "/replay", "{\"from\":\"" + java.time.Instant.now().minusSeconds(600) + "\"}");
        assertThat(replay.status()).as(replay.body()).isEqualTo(200);
        assertThat(replay.json().path("disabledAt").isNull()).as("a replay enables it").isTrue();
        for (int i = 0; i < 200 && hub.get("/api/v1/webhooks/" + id).json().path("failures").asInt() > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(hub.get("/api/v1/webhooks/" + id).json().path("failures").asInt()).isZero();
    }

    @Test
    void bad_endpoints_are_refused_with_their_codes_and_a_bank_may_not_register() {
        Api.Response ftp = hub.post("/api/v1/webhooks", "{\"url\":\"ftp://example.org/x\"}");
        assertThat(ftp.status()).isEqualTo(400);
        assertThat(ftp.json().path("errors").get(0).path("code").asText()).isEqualTo("WEBHOOK_URL_INVALID");
        Api.Response type = hub.post("/api/v1/webhooks", "{\"url\":\"" + url() + "\",\"types\":[\"member.sneezed\"]}");
        assertThat(type.json().path("errors").get(0).path("code").asText()).isEqualTo("EVENT_TYPE_UNKNOWN");
        assertThat(type.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/types/0");
        Api bank = TestService.as(network.token("{\"role\":\"BANK\",\"bank\":\"Bank DKI\"}"));
        assertThat(bank.post("/api/v1/webhooks", "{\"url\":\"" + url() + "\"}").status()).isEqualTo(403);
    }

    @Test
    void a_partners_endpoint_gets_its_own_areas_events_only() throws Exception {
        JsonNode partner = network.validatedPartner("32");
        Api jabar = TestService.as(network.partnerToken(partner.path("id").asText()));
        Api.Response made = jabar.post("/api/v1/webhooks", "{\"url\":\"" + url() + "\",\"types\":[\"member.registered\"]}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String jakarta = Network.member(hub, "31.71.01").path("id").asText();
        String bandung = Network.member(jabar, "32.73.01").path("id").asText();
        List<Received> got = until(r -> r.stream().anyMatch(x -> about(x, bandung)));
        assertThat(got).anyMatch(r -> about(r, bandung)).noneMatch(r -> about(r, jakarta));
        assertThat(hub.get("/api/v1/webhooks").json().toString()).contains(made.json().path("id").asText());
        assertThat(jabar.get("/api/v1/webhooks").json()).hasSize(1);
    }
}
