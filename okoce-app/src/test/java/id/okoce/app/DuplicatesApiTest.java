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
 * Possible duplicates over a socket: a likely duplicate refused with its candidates and what matched,
 * registered once the caller confirms (recorded), a weaker match registered and opened for review,
 * candidates outside a partner's area counted but not shown, the review queue's order and scope, and
 * a pair resolved as two people never proposed again.
 */
class DuplicatesApiTest {

    private final Network network = new Network();
    private final Api hub = network.admin();

    /** A birth date no other test's member is likely to share (with the sex, it is the check's block). */
    private static LocalDate rareBirth() {
        return LocalDate.of(1951, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 40));
    }

    private static Api.Response register(Api api, String kecamatan, String nik, String name, String phone, boolean confirm) {
        String body = Bodies.member(kecamatan, nik, name, phone);
        if (confirm) {
            body = body.substring(0, body.lastIndexOf('}')) + ",\"confirmDistinct\":true}";
        }
        return api.post("/api/v1/members", body);
    }

    private List<JsonNode> openPairs(Api api) {
        List<JsonNode> pairs = new ArrayList<>();
        String after = "";
        while (true) {
            Api.Response page = api.get("/api/v1/duplicates?limit=200" + after);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().path("pairs").forEach(pairs::add);
            if (page.json().path("next").isMissingNode() || page.json().path("next").isNull()) {
                return pairs;
            }
            after = "&after=" + page.json().path("next").asLong();
        }
    }

    private static boolean joins(JsonNode pair, String a, String b) {
        List<String> ids = new ArrayList<>();
        pair.path("members").forEach(m -> ids.add(m.path("id").asText()));
        return ids.contains(a) && ids.contains(b);
    }

    @Test
    void a_likely_duplicate_is_refused_with_what_matched_and_registered_once_the_caller_confirms() {
        LocalDate born = rareBirth();
        String phone = People.phone();
        String first = Niks.nik("317101", born, Sex.FEMALE, 12);
        Api.Response siti = register(hub, "31.71.01", first, "Hj. Siti Rahmawati", phone, false);
        assertThat(siti.status()).as(siti.body()).isEqualTo(201);
        String sitiNumber = siti.json().path("memberNumber").asText();

        String typo = Niks.nik("317101", born, Sex.FEMALE, 21);
        Api.Response again = register(hub, "31.71.01", typo, "Sitti Rachmawati", phone, false);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("POSSIBLE_DUPLICATE");
        JsonNode candidate = again.json().path("candidates").get(0);
        assertThat(candidate.path("memberNumber").asText()).isEqualTo(sitiNumber);
        assertThat(candidate.path("nik").asText()).contains("*").isNotEqualTo(first);
        assertThat(again.body()).doesNotContain(first).doesNotContain(typo);
        assertThat(candidate.path("comparisons").findValuesAsText("comparison")).contains("NIK_SERIAL", "PHONE", "NAME");
        JsonNode serial = null;
        for (JsonNode c : candidate.path("comparisons")) {
            if (c.path("comparison").asText().equals("NIK_SERIAL")) {
                serial = c;
            }
        }
        assertThat(serial.path("outcome").asText()).isEqualTo("DIFFER");
        assertThat(serial.path("weight").asDouble()).isNegative();
        double sum = 0;
        for (JsonNode c : candidate.path("comparisons")) {
            sum += c.path("weight").asDouble();
        }
        assertThat(candidate.path("score").asDouble()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.05));
        assertThat(hub.get("/api/v1/members?nik=" + typo).json().path("members")).as("nothing registered").isEmpty();

        Api.Response confirmed = register(hub, "31.71.01", typo, "Sitti Rachmawati", phone, true);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        String id = confirmed.json().path("id").asText();
        String history = hub.get("/api/v1/members/" + id + "/history").body();
        assertThat(history).contains("confirmedDistinctFrom").contains(sitiNumber);
        assertThat(openPairs(hub)).as("the hub confirmed: the pair is settled as two people")
                .noneMatch(p -> joins(p, siti.json().path("id").asText(), id));

        // the NIK itself again is the unique rule's refusal, not a likeness
        Api.Response sameNik = register(hub, "31.71.01", first, "Hj. Siti Rahmawati", phone, false);
        assertThat(sameNik.code()).isEqualTo("MEMBER_DUPLICATE_NIK");
    }

    @Test
    void a_weaker_match_is_registered_and_opened_for_review_and_a_pair_resolved_as_distinct_is_not_proposed_again() {
        LocalDate born = rareBirth();
        Api.Response first = register(hub, "31.74.01", Niks.nik("317401", born, Sex.MALE, 40), "Budi Santoso Wibowo",
                People.phone(), false);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        // the same birth date and sex in the same kecamatan, a name alike, another phone and serial: for review
        Api.Response second = register(hub, "31.74.01", Niks.nik("317401", born, Sex.MALE, 77), "Budi Santosa Wibowo",
                People.phone(), false);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        String a = first.json().path("id").asText();
        String b = second.json().path("id").asText();

        JsonNode pair = openPairs(hub).stream().filter(p -> joins(p, a, b)).findFirst().orElseThrow();
        assertThat(pair.path("verdict").asText()).isEqualTo("REVIEW");
        assertThat(pair.path("status").asText()).isEqualTo("OPEN");
        assertThat(pair.path("foundBy").asText()).isEqualTo("REGISTRATION");
        assertThat(pair.path("members").get(0).path("nik").asText()).contains("*");
        List<JsonNode> all = openPairs(hub);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).path("score").asDouble()).as("most likely first").isLessThanOrEqualTo(all.get(i - 1).path("score").asDouble());
        }

        long id = pair.path("id").asLong();
        Api.Response resolved = hub.post("/api/v1/duplicates/" + id + "/resolution", "{\"outcome\":\"DISTINCT\",\"reason\":\"twins\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().path("status").asText()).isEqualTo("DISTINCT");
        assertThat(resolved.json().path("resolution").path("reason").asText()).isEqualTo("twins");
        assertThat(hub.post("/api/v1/duplicates/" + id + "/resolution", "{\"outcome\":\"DISTINCT\"}").code())
                .isEqualTo("DUPLICATE_PAIR_RESOLVED");
        assertThat(hub.post("/api/v1/duplicates/" + id + "/resolution", "{\"outcome\":\"MERGE\"}").status()).isEqualTo(400);
        assertThat(openPairs(hub)).noneMatch(p -> joins(p, a, b));
        assertThat(hub.get("/api/v1/duplicates/" + id).json().path("status").asText()).isEqualTo("DISTINCT");
        assertThat(hub.get("/api/v1/duplicates/999999999").code()).isEqualTo("DUPLICATE_PAIR_NOT_FOUND");
    }

    @Test
    void the_hub_scans_the_register_in_the_background_and_follows_the_job() throws InterruptedException {
        LocalDate born = rareBirth();
        Api.Response a = register(hub, "31.72.01", Niks.nik("317201", born, Sex.MALE, 40), "Rudi Hartono Siregar", People.phone(), false);
        Api.Response b = register(hub, "31.72.01", Niks.nik("317201", born, Sex.MALE, 77), "Rudy Hartono Siregar", People.phone(), false);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(b.status()).as(b.body()).isEqualTo(201);

        Api partner = TestService.as(network.partnerToken(network.validatedPartner("31").path("id").asText()));
        assertThat(partner.post("/api/v1/duplicate-scans", "").status()).isEqualTo(403);
        Api.Response started = hub.post("/api/v1/duplicate-scans", "");
        if (started.status() == 409) { // another test's scan: follow it, then start this one
            Network.scanEnded(hub, started.json().path("details").path("scanId").asLong());
            started = hub.post("/api/v1/duplicate-scans", "");
        }
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = started.json().path("id").asLong();
        assertThat(started.header("Location")).contains("/api/v1/duplicate-scans/" + id);
        JsonNode done = Network.scanEnded(hub, id);
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.path("report").path("found").asLong()).as("the pair the registration opened, at least").isPositive();
        assertThat(done.path("report").path("compared").asLong()).isGreaterThanOrEqualTo(done.path("report").path("found").asLong());
        assertThat(hub.get("/api/v1/duplicates?member=" + b.json().path("id").asText()).json().path("pairs"))
                .as("found again, not opened twice").hasSize(1);
        assertThat(hub.get("/api/v1/duplicate-scans/99999999").code()).isEqualTo("DUPLICATE_SCAN_NOT_FOUND");
        assertThat(hub.get("/api/v1/duplicate-scans/x").json().path("errors").findValuesAsText("code")).containsExactly("SCAN_ID_MALFORMED");
    }

    @Test
    void a_partner_sees_candidates_and_pairs_of_its_own_area_only() {
        LocalDate born = rareBirth();
        String phone = People.phone();
        Api partner = TestService.as(network.partnerToken(network.validatedPartner("32").path("id").asText()));
        // a member in DKI Jakarta; the same person registered again in Jawa Barat by its partner, moved and with a new NIK area
        Api.Response jakarta = register(hub, "31.71.01", Niks.nik("317101", born, Sex.FEMALE, 5), "Dewi Lestari", phone, false);
        assertThat(jakarta.status()).as(jakarta.body()).isEqualTo(201);
        Api.Response refused = register(partner, "32.73.01", Niks.nik("327301", born, Sex.FEMALE, 5), "Dewi Lestari", phone, false);
        assertThat(refused.code()).as(refused.body()).isEqualTo("POSSIBLE_DUPLICATE");
        assertThat(refused.json().path("candidates")).as("outside its area: counted, not shown").isEmpty();
        assertThat(refused.json().path("details").path("hiddenCandidates").asText()).isEqualTo("1");
        assertThat(refused.body()).doesNotContain(jakarta.json().path("memberNumber").asText());

        // two alike in its area, registered by the partner: a pair for review it sees; the hub sees it too
        LocalDate other = rareBirth();
        Api.Response a = register(partner, "32.73.01", Niks.nik("327301", other, Sex.MALE, 8), "Asep Saepudin Hidayat",
                People.phone(), false);
        Api.Response b = register(partner, "32.73.01", Niks.nik("327301", other, Sex.MALE, 9), "Asep Saepudin", People.phone(), false);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        String ida = a.json().path("id").asText();
        String idb = b.json().path("id").asText();
        List<JsonNode> partnerPairs = openPairs(partner);
        assertThat(partnerPairs).anyMatch(p -> joins(p, ida, idb));
        assertThat(partnerPairs).allSatisfy(p -> p.path("members").forEach(m ->
                assertThat(m.path("kecamatan").path("code").asText()).startsWith("32.")));
        assertThat(openPairs(hub)).anyMatch(p -> joins(p, ida, idb));
        JsonNode pair = partnerPairs.stream().filter(p -> joins(p, ida, idb)).findFirst().orElseThrow();
        assertThat(partner.post("/api/v1/duplicates/" + pair.path("id").asLong() + "/resolution", "{\"outcome\":\"DISTINCT\"}")
                .status()).isEqualTo(200);

        Api bank = TestService.as(network.token("{\"role\":\"BANK\",\"bank\":\"Bank DKI\"}"));
        assertThat(bank.get("/api/v1/duplicates").status()).isEqualTo(403);
    }
}
