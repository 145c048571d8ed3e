package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.okoce.domain.testdata.Niks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once on one thing: fifty retries of one keyed registration all get the first
 * answer; two hundred completions of one stage with the same ETag have exactly one winner; and a
 * partner told of a duplicate NIK learns nothing of another province.
 */
class RacesTest {

    private final Api hub = TestService.admin();

    /** Runs {@code clients} copies of {@code call} released at the same instant; returns their answers. */
    private static List<Api.Response> together(int clients, Callable<Api.Response> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void fifty_clients_retrying_one_idempotency_key_all_get_the_first_answer() throws Exception {
        for (int round = 0; round < 10; round++) {
            String key = UUID.randomUUID().toString();
            String nik = Niks.random();
            String body = Bodies.member("31.71.01", nik);
            List<Api.Response> answers = together(50, () -> hub.post("/api/v1/members", body, "Idempotency-Key", key));
            Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Api.Response::status, Collectors.counting()));
            assertThat(statuses).as("round " + round + ": " + answers.stream().filter(a -> a.status() != 201)
                    .map(Api.Response::body).findFirst().orElse("")).containsOnlyKeys(201);
            assertThat(answers.stream().map(Api.Response::body).distinct()).as("one answer, told fifty times").hasSize(1);
            assertThat(answers.stream().map(a -> a.header("ETag").orElse("none")).distinct()).containsExactly("\"1\"");
            assertThat(answers.stream().map(a -> a.header("Location").orElse("none")).distinct()).hasSize(1);
            assertThat(answers.stream().filter(a -> a.header("Idempotency-Replayed").isEmpty())).as("one did the work").hasSize(1);
            String id = answers.get(0).json().path("id").asText();
            assertThat(hub.get("/api/v1/members/" + id).status()).isEqualTo(200);
        }
    }

    @Test
    void a_replay_answers_exactly_what_the_first_call_answered() {
        String key = UUID.randomUUID().toString();
        String body = Bodies.member("31.71.01");
        Api.Response first = hub.post("/api/v1/members", body, "Idempotency-Key", key);
        Api.Response again = hub.post("/api/v1/members", body, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag")).isPresent();
        assertThat(again.header("Location")).isEqualTo(first.header("Location")).isPresent();
        assertThat(again.header("Idempotency-Replayed")).contains("true");
        Api.Response other = hub.post("/api/v1/members", Bodies.member("31.71.01"), "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void two_hundred_completions_with_one_etag_have_exactly_one_winner() throws Exception {
        JsonNode member = Network.member(hub, "31.71.01");
        String id = member.path("id").asText();
        String etag = hub.get("/api/v1/members/" + id).header("ETag").orElseThrow();
        List<Api.Response> answers = together(200, () -> hub.post("/api/v1/members/" + id + "/stages",
                Bodies.stage("P2", "2018-10-01"), "If-Match", etag));
        Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Api.Response::status, Collectors.counting()));
        assertThat(statuses).as(statuses.toString()).containsEntry(200, 1L).containsEntry(412, 199L);
        assertThat(answers.stream().filter(a -> a.status() == 412).map(Api.Response::code).distinct())
                .containsExactly("VERSION_CONFLICT");
        JsonNode after = hub.get("/api/v1/members/" + id).json();
        assertThat(after.path("version").asLong()).isEqualTo(2);
    }

    @Test
    void a_duplicate_nik_from_another_province_names_nothing_to_a_partner() {
        Network network = new Network();
        String partner = network.validatedPartner("32").path("id").asText();
        Api jabar = TestService.as(network.partnerToken(partner));
        String nik = Niks.random();
        Api.Response dki = hub.post("/api/v1/members", Bodies.member("31.71.01", nik));
        assertThat(dki.status()).isEqualTo(201);
        String number = dki.json().path("memberNumber").asText();

        Api.Response refused = jabar.post("/api/v1/members", Bodies.member("32.73.01", nik));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("MEMBER_DUPLICATE_NIK");
        assertThat(refused.body()).doesNotContain(number).doesNotContain("OKOCE-31").doesNotContain("existingMemberNumber");
        assertThat(refused.json().path("detail").asText()).contains("already registered in the network");

        Api.Response toHub = hub.post("/api/v1/members", Bodies.member("32.73.01", nik));
        assertThat(toHub.status()).isEqualTo(409);
        assertThat(toHub.json().path("details").path("existingMemberNumber").asText()).as("the hub may know").isEqualTo(number);

        String jabarNik = Niks.random();
        Api.Response mine = jabar.post("/api/v1/members", Bodies.member("32.73.01", jabarNik));
        Api.Response again = jabar.post("/api/v1/members", Bodies.member("32.73.01", jabarNik));
        assertThat(again.json().path("details").path("existingMemberNumber").asText()).as("its own member it may be told of")
                .isEqualTo(mine.json().path("memberNumber").asText());
    }
}
