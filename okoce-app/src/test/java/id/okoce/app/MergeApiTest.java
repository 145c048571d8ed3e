package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.testdata.Niks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Merging two members found to be one person, over a socket on PostgreSQL: the member registered
 * first survives with its number and gains the other's stages (the earlier day of one both did), its
 * financing and its history; the other answers 410 naming the survivor; the reports count one person;
 * the merge is in the audit trail and the event feed; only the hub merges.
 */
class MergeApiTest {

    private final Network network = new Network();
    private final Api hub = network.admin();

    private static long stageMembers(JsonNode funnel, int index) {
        return funnel.path("stages").get(index).path("members").asLong();
    }

    private JsonNode member(String id) {
        Api.Response response = hub.get("/api/v1/members/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void the_first_registered_survives_with_the_others_stages_financing_and_history_and_the_reports_count_one_person()
            throws InterruptedException {
        // born 1980–1989: of an age a KUR loan lends to; one birth date and sex in one kecamatan is the check's block
        LocalDate born = LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3650));
        Api.Response first = hub.post("/api/v1/members", Bodies.member("31.75.01", Niks.nik("317501", born, Sex.FEMALE, 31),
                "Dewi Kartika Sari", People.phone()));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String a = first.json().path("id").asText();
        String aNumber = first.json().path("memberNumber").asText();
        assertThat(Network.complete(hub, a, "P2", "2018-09-20").status()).isEqualTo(200);

        // the same woman registered again: another serial and phone, an older spelling; opened for review
        String secondNik = Niks.nik("317501", born, Sex.FEMALE, 58);
        Api.Response second = hub.post("/api/v1/members", Bodies.member("31.75.01", secondNik, "Dewi Kartika Sarie", People.phone()));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        String b = second.json().path("id").asText();
        String bNumber = second.json().path("memberNumber").asText();
        String[][] steps = {{"P2", "2018-09-15"}, {"P3", "2018-10-01"}, {"P4", "2018-11-01"}};
        for (String[] step : steps) {
            Api.Response done = Network.complete(hub, b, step[0], step[1]);
            assertThat(done.status()).as(done.body()).isEqualTo(200);
        }
        Api kur = TestService.as(network.token("{\"role\":\"BANK\",\"bank\":\"Bank penyalur KUR\"}"));
        Api.Response loan = kur.post("/api/v1/members/" + b + "/financings", """
                {"product":"kur-mikro","amount":15000000,"termMonths":24,"reference":"KUR-JKT-2019-7","grantedOn":"2019-03-01"}""",
                "If-Match", hub.get("/api/v1/members/" + b).header("ETag").orElseThrow());
        assertThat(loan.status()).as(loan.body()).isEqualTo(201);
        int historyOfB = hub.get("/api/v1/members/" + b + "/history").json().path("changes").size();

        Api.Response pairs = hub.get("/api/v1/duplicates?member=" + b);
        assertThat(pairs.json().path("pairs")).as(pairs.body()).hasSize(1);
        long pair = pairs.json().path("pairs").get(0).path("id").asLong();

        JsonNode provincesBefore = hub.get("/api/v1/reports/members-by-province").json();
        JsonNode funnelBefore = hub.get("/api/v1/reports/stage-funnel").json();
        long targetBefore = hub.get("/api/v1/reports/target?on=2019-06-30").json().path("count").asLong();
        long eventsFrom = EventFeed.newest(hub);

        Api partner = TestService.as(network.partnerToken(network.validatedPartner("31").path("id").asText()));
        assertThat(partner.post("/api/v1/duplicates/" + pair + "/merge", "{}").status()).as("only the hub merges").isEqualTo(403);

        Api.Response merged = hub.post("/api/v1/duplicates/" + pair + "/merge", "{\"reason\":\"orang yang sama, NIK salah ketik\"}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().path("survivor").path("id").asText()).isEqualTo(a);
        assertThat(merged.json().path("survivor").path("memberNumber").asText()).isEqualTo(aNumber);
        assertThat(merged.json().path("merged").path("memberNumber").asText()).isEqualTo(bNumber);
        List<String> gained = new ArrayList<>();
        merged.json().path("stagesGained").forEach(s -> gained.add(s.asText()));
        assertThat(gained).containsExactly("P2", "P3", "P4");
        assertThat(merged.json().path("financingsMoved").asInt()).isEqualTo(1);
        assertThat(merged.header("Location")).contains("/api/v1/members/" + a);

        // the survivor: its number, the other's stages (P2 on the other's earlier day), the loan, the history
        JsonNode survivor = member(a);
        assertThat(survivor.path("memberNumber").asText()).isEqualTo(aNumber);
        assertThat(survivor.path("highestStage").path("code").asText()).isEqualTo("P4");
        assertThat(survivor.toString()).contains("2018-09-15").doesNotContain("2018-09-20");
        Api.Response loans = kur.get("/api/v1/members/" + a + "/financings");
        assertThat(loans.body()).contains("KUR-JKT-2019-7");
        JsonNode history = hub.get("/api/v1/members/" + a + "/history").json().path("changes");
        List<String> actions = new ArrayList<>();
        history.forEach(h -> actions.add(h.path("action").asText()));
        assertThat(actions).contains("member.merged");
        assertThat(history.size()).as("its own two entries, the other's, and the merge").isEqualTo(2 + historyOfB + 1);
        assertThat(history.toString()).contains("orang yang sama, NIK salah ketik").contains(bNumber);

        // the other is closed, pointing to the survivor, and found no more
        Api.Response gone = hub.get("/api/v1/members/" + b);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.code()).isEqualTo("MEMBER_MERGED");
        assertThat(gone.json().path("details").path("survivorId").asText()).isEqualTo(a);
        assertThat(gone.json().path("details").path("survivorNumber").asText()).isEqualTo(aNumber);
        assertThat(hub.get("/api/v1/members?nik=" + secondNik).json().path("members")).isEmpty();
        assertThat(hub.get("/api/v1/duplicates?member=" + a).json().path("pairs")).isEmpty();
        assertThat(hub.post("/api/v1/duplicates/" + pair + "/merge", "{}").status()).as("the pair is gone").isEqualTo(404);

        // the reports count one person: one member fewer, one P2 fewer, the target as it was (one of them reached P4)
        assertThat(Network.membersIn(hub.get("/api/v1/reports/members-by-province").json(), "31")).isEqualTo(Network.membersIn(provincesBefore, "31") - 1);
        JsonNode funnelAfter = hub.get("/api/v1/reports/stage-funnel").json();
        assertThat(stageMembers(funnelAfter, 0)).isEqualTo(stageMembers(funnelBefore, 0) - 1);
        assertThat(stageMembers(funnelAfter, 1)).isEqualTo(stageMembers(funnelBefore, 1) - 1);
        assertThat(stageMembers(funnelAfter, 3)).isEqualTo(stageMembers(funnelBefore, 3));
        assertThat(hub.get("/api/v1/reports/target?on=2019-06-30").json().path("count").asLong()).isEqualTo(targetBefore);

        // the event feed tells of it, with ids only
        JsonNode event = EventFeed.after(hub, eventsFrom, "&type=member.merged", e -> EventFeed.has(e, "member.merged", a)).stream()
                .filter(e -> e.path("objectId").asText().equals(a)).findFirst().orElseThrow();
        assertThat(event.path("memberId").asText()).isEqualTo(a);
        assertThat(event.path("data").path("mergedMemberId").asText()).isEqualTo(b);
        assertThat(event.toString()).doesNotContain("Dewi").doesNotContain(secondNik);
    }
}
