package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.okoce.adapter.csv.CsvWriting;
import id.okoce.app.generate.MemberGenerator;
import id.okoce.domain.testdata.Niks;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event feed over a socket: each change's event written with it (and none for a refused one),
 * thin payloads without personal data, ids that only grow, types to filter by, the caller's scope,
 * and one event per import rather than one per row.
 */
class EventFeedApiTest {

    private final Network network = new Network();
    private final Api hub = network.admin();

    @Test
    void each_change_writes_its_event_with_ids_codes_and_dates_only() throws InterruptedException {
        long start = EventFeed.newest(hub);
        String nik = Niks.random();
        String name = People.name();
        String phone = People.phone();
        Api.Response registered = hub.post("/api/v1/members", Bodies.member("31.71.01", nik, name, phone));
        String id = registered.json().path("id").asText();
        assertThat(hub.post("/api/v1/members", Bodies.member("31.71.01", nik)).status()).as("the same NIK again").isEqualTo(409);
        assertThat(Network.complete(hub, id, "P2", "2018-09-20").status()).isEqualTo(200);

        List<JsonNode> events = EventFeed.after(hub, start, "", e -> EventFeed.has(e, "stage.completed", id));
        JsonNode member = events.stream().filter(e -> e.path("type").asText().equals("member.registered")
                && e.path("objectId").asText().equals(id)).findFirst().orElseThrow();
        assertThat(member.path("memberId").asText()).isEqualTo(id);
        assertThat(member.path("province").path("code").asText()).isEqualTo("31");
        assertThat(member.path("kabupaten").path("code").asText()).isEqualTo("31.71");
        assertThat(member.path("data").path("kecamatan").asText()).isEqualTo("31.71.01");
        assertThat(member.path("data").path("registeredOn").asText()).isEqualTo("2018-09-10");
        JsonNode stage = events.stream().filter(e -> e.path("type").asText().equals("stage.completed")
                && e.path("objectId").asText().equals(id)).findFirst().orElseThrow();
        assertThat(stage.path("data").path("stage").asText()).isEqualTo("P2");
        assertThat(stage.path("data").path("completedOn").asText()).isEqualTo("2018-09-20");
        assertThat(stage.path("id").asLong()).isGreaterThan(member.path("id").asLong());
        assertThat(events.stream().filter(e -> e.path("objectId").asText().equals(id)).count())
                .as("the refused second registration wrote no event").isEqualTo(2);

        String feed = events.toString();
        assertThat(feed).doesNotContain(nik).doesNotContain(name).doesNotContain(phone.substring(1)).doesNotContain("Warung Siti");
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).path("id").asLong()).isEqualTo(events.get(i - 1).path("id").asLong() + 1);
        }

        JsonNode onlyStages = hub.get("/api/v1/events?after=" + start + "&type=stage.completed&limit=1000").json();
        onlyStages.path("events").forEach(e -> assertThat(e.path("type").asText()).isEqualTo("stage.completed"));
        Api.Response unknown = hub.get("/api/v1/events?type=member.sneezed");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("code").asText()).isEqualTo("EVENT_TYPE_UNKNOWN");
        JsonNode after = hub.get("/api/v1/events?after=" + stage.path("id").asLong() + "&limit=1000").json();
        after.path("events").forEach(e -> assertThat(e.path("id").asLong()).isGreaterThan(stage.path("id").asLong()));
    }

    @Test
    void a_partner_reads_its_own_area_and_a_bank_reads_none() throws InterruptedException {
        long start = EventFeed.newest(hub);
        JsonNode partner = network.validatedPartner("32");
        Api jabar = TestService.as(network.partnerToken(partner.path("id").asText()));
        JsonNode bandung = Network.member(jabar, "32.73.01");
        JsonNode jakarta = Network.member(hub, "31.71.01");
        List<JsonNode> seen = EventFeed.after(jabar, start, "", e -> EventFeed.has(e, "member.registered", bandung.path("id").asText()));
        assertThat(EventFeed.has(seen, "member.registered", bandung.path("id").asText())).isTrue();
        assertThat(EventFeed.has(seen, "partner.validated", partner.path("id").asText())).isTrue();
        EventFeed.after(hub, start, "", e -> EventFeed.has(e, "member.registered", jakarta.path("id").asText()));
        assertThat(EventFeed.has(EventFeed.after(jabar, start, "", e -> true), "member.registered", jakarta.path("id").asText()))
                .as("a Jawa Barat partner never hears of a DKI member").isFalse();
        assertThat(seen).allMatch(e -> e.path("province").path("code").asText().equals("32"));
        Api bank = TestService.as(network.token("{\"role\":\"BANK\",\"bank\":\"Bank DKI\"}"));
        assertThat(bank.get("/api/v1/events").status()).isEqualTo(403);
    }

    @Test
    void an_import_writes_one_event_with_its_counts_and_its_members_range() throws InterruptedException {
        long start = EventFeed.newest(hub);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (CsvWriting csv = CsvWriting.members(file)) {
            new MemberGenerator(new MemberGenerator.Options(500, 777_123, true, 0, false), LocalDate.of(2026, 1, 1)).write(csv);
        }
        Api.Response accepted = hub.postBytes("/api/v1/imports/members?mode=per-row", file.toByteArray(), "text/csv");
        String job = accepted.json().path("id").asText();
        JsonNode done = Network.importFinished(hub, job);
        List<JsonNode> events = EventFeed.after(hub, start, "", e -> EventFeed.has(e, "import.completed", job));
        JsonNode completed = events.stream().filter(e -> e.path("objectId").asText().equals(job)).findFirst().orElseThrow();
        assertThat(completed.path("data").path("inserted").asLong()).isEqualTo(done.path("inserted").asLong())
                .isEqualTo(500);
        String first = completed.path("data").path("firstMemberId").asText();
        String last = completed.path("data").path("lastMemberId").asText();
        assertThat(first).isNotBlank().isLessThanOrEqualTo(last);
        assertThat(events.stream().filter(e -> e.path("type").asText().equals("member.registered")
                && e.path("memberId").asText().compareTo(first) >= 0 && e.path("memberId").asText().compareTo(last) <= 0))
                .as("no event per imported row").isEmpty();
    }
}
