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
 * September 2018 through the API, over a real socket, on the real PostgreSQL adapter: the hub
 * validates a Jawa Barat partner, agreements open stages there, members walk 7PAS in and outside
 * DKI Jakarta, Bank DKI says yes in Jakarta and no in Bandung, and the reports count it all.
 */
class Story2018ApiTest {

    private final Network network = new Network();
    private final Api admin = network.admin();

    private static List<String> failedRules(JsonNode decision) {
        List<String> failed = new ArrayList<>();
        decision.path("outcomes").forEach(o -> {
            if (!o.path("passed").asBoolean()) {
                failed.add(o.path("code").asText());
            }
        });
        return failed;
    }

    /**
     * A NIK of someone born in 1985, of an age every loan of the story lends to: a random birth date
     * can be 17 or 68 in 2019 and make a loan the story grants refused for the borrower's age.
     */
    private static String bornIn1985(String kecamatanDigits, Sex sex) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Niks.nik(kecamatanDigits, LocalDate.of(1985, 1, 1).plusDays(random.nextInt(365)), sex, 1 + random.nextInt(9999));
    }

    @Test
    void the_2018_story() {
        JsonNode before = admin.get("/api/v1/reports/members-by-province").json();
        long targetBefore = admin.get("/api/v1/reports/target?on=2019-06-30").json().path("count").asLong();
        long endOf2018Before = admin.get("/api/v1/reports/target?on=2018-12-31").json().path("count").asLong();

        // The hub registers and validates a partner in Jawa Barat, which then uses its brand.
        JsonNode asyik = network.validatedPartner("32");
        assertThat(asyik.path("status").asText()).isEqualTo("VALIDATED");
        assertThat(asyik.path("publicName").asText()).isEqualTo("OK OCE Asyik");
        String partnerId = asyik.path("id").asText();
        Api partner = TestService.as(network.partnerToken(partnerId));

        // Before any agreement, Jawa Barat delivers P1 and P6 only.
        JsonNode coverage = admin.get("/api/v1/regions/coverage?on=2018-09-30").json();
        for (JsonNode row : coverage) {
            if (row.path("province").path("code").asText().equals("31")) {
                assertThat(row.path("complete").asBoolean()).isTrue();
            }
        }
        network.governmentAgreement(partnerId);
        Api.Response agreements = partner.get("/api/v1/partners/" + partnerId + "/agreements");
        assertThat(agreements.json()).isNotEmpty();

        // Siti in Gambir (DKI) walks P2–P6 with the hub.
        Api.Response registered = admin.post("/api/v1/members", Bodies.member("31.71.01", bornIn1985("317101", Sex.FEMALE)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonNode siti = registered.json();
        String sitiId = siti.path("id").asText();
        assertThat(siti.path("nik").asText()).matches("31\\*{10}\\d{4}");
        String[][] dki = {{"P2", "2018-09-20"}, {"P3", "2018-10-05"}, {"P4", "2018-11-02"}, {"P5", "2018-12-01"}, {"P6", "2019-01-15"}};
        for (String[] step : dki) {
            Api.Response done = Network.complete(admin, sitiId, step[0], step[1]);
            assertThat(done.status()).as(done.body()).isEqualTo(200);
        }

        // Asep in Bandung is registered by the partner; training works once the agreement is in force.
        Api.Response asepRegistered = partner.post("/api/v1/members", Bodies.member("32.73.01", bornIn1985("327301", Sex.MALE)));
        assertThat(asepRegistered.status()).as(asepRegistered.body()).isEqualTo(201);
        JsonNode asep = asepRegistered.json();
        String asepId = asep.path("id").asText();
        assertThat(asep.path("registeredBy").asText()).isEqualTo(partnerId);
        Api.Response tooEarly = Network.complete(partner, asepId, "P2", "2018-09-25");
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.code()).isEqualTo("STAGE_UNAVAILABLE_IN_REGION");
        assertThat(Network.complete(partner, asepId, "P2", "2018-10-10").status()).isEqualTo(200);
        assertThat(Network.complete(partner, asepId, "P3", "2018-11-10").status()).isEqualTo(200);
        assertThat(Network.complete(partner, asepId, "P4", "2018-12-10").status()).isEqualTo(200);
        Api.Response noMarketing = Network.complete(partner, asepId, "P5", "2019-01-10");
        assertThat(noMarketing.code()).isEqualTo("STAGE_UNAVAILABLE_IN_REGION");

        // Bank DKI: yes for Siti, no for Asep — with every rule's outcome.
        Api bank = TestService.as(network.token("{\"role\":\"BANK\",\"bank\":\"Bank DKI\"}"));
        String product = "bank-dki-kredit-monas-pemula-2018";
        JsonNode yes = bank.get("/api/v1/members/" + sitiId + "/financing-eligibility?product=" + product
                + "&amount=10000000&on=2019-02-01").json();
        assertThat(yes.path("eligible").asBoolean()).isTrue();
        assertThat(yes.path("outcomes")).hasSize(9);
        JsonNode no = bank.get("/api/v1/members/" + asepId + "/financing-eligibility?product=" + product
                + "&amount=10000000&on=2019-02-01").json();
        assertThat(no.path("eligible").asBoolean()).isFalse();
        assertThat(failedRules(no)).contains("REGION_NOT_COVERED", "STAGES_INCOMPLETE");

        // Bank DKI records its loan to Siti itself: P7 is done.
        String etag = admin.get("/api/v1/members/" + sitiId).header("ETag").orElseThrow();
        Api.Response granted = bank.post("/api/v1/members/" + sitiId + "/financings", """
                {"product":"bank-dki-kredit-monas-pemula-2018","amount":10000000,"termMonths":18,"reference":"BDKI-2019-0001",
                 "grantedOn":"2019-02-01"}""", "If-Match", etag);
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        assertThat(granted.json().path("capitalStage").path("done").asBoolean()).isTrue();
        assertThat(admin.get("/api/v1/members/" + sitiId).json().path("highestStage").path("code").asText()).isEqualTo("P7");
        assertThat(bank.get(granted.header("Location").orElseThrow()).status()).isEqualTo(200);

        // A KUR bank lends to Asep in 2019 (he holds an NIB from P4); P7 stays open: no P5, P6 nor bank agreement there.
        Api kur = TestService.as(network.token("{\"role\":\"BANK\",\"bank\":\"Bank penyalur KUR\"}"));
        String asepEtag = admin.get("/api/v1/members/" + asepId).header("ETag").orElseThrow();
        Api.Response kurLoan = kur.post("/api/v1/members/" + asepId + "/financings", """
                {"product":"kur-mikro","amount":20000000,"termMonths":24,"reference":"KUR-JB-2019-0001","grantedOn":"2019-03-01"}""",
                "If-Match", asepEtag);
        assertThat(kurLoan.status()).as(kurLoan.body()).isEqualTo(201);
        assertThat(kurLoan.json().path("productId").asText()).isEqualTo("kur-mikro-2018");
        assertThat(kurLoan.json().path("capitalStage").path("done").asBoolean()).isFalse();
        assertThat(kurLoan.json().path("decision").path("status").asText()).isEqualTo("UNDECIDED");

        // The partner is suspended in 2020: from then on Jawa Barat loses its stages, its 2019 coverage stays.
        String partnerEtag = admin.get("/api/v1/partners/" + partnerId).header("ETag").orElseThrow();
        Api.Response suspended = admin.post("/api/v1/partners/" + partnerId + "/suspension",
                "{\"reason\":\"laporan tidak masuk\",\"on\":\"2020-03-01\"}", "If-Match", partnerEtag);
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(stagesOf(admin.get("/api/v1/regions/coverage?on=2019-06-01").json(), "32")).contains("P2", "P3", "P4");
        assertThat(stagesOf(admin.get("/api/v1/regions/coverage?on=2020-03-01").json(), "32")).doesNotContain("P2");

        // The reports count what happened.
        JsonNode after = admin.get("/api/v1/reports/members-by-province").json();
        assertThat(Network.membersIn(after, "31") - Network.membersIn(before, "31")).isEqualTo(1);
        assertThat(Network.membersIn(after, "32") - Network.membersIn(before, "32")).isEqualTo(1);
        assertThat(after.path("total").asLong() - before.path("total").asLong()).isEqualTo(2);
        JsonNode target = admin.get("/api/v1/reports/target?on=2019-06-30").json();
        assertThat(target.path("count").asLong() - targetBefore).as("both reached P4").isEqualTo(2);
        assertThat(target.path("goal").asLong()).isEqualTo(5_000_000);
        JsonNode endOf2018 = admin.get("/api/v1/reports/target?on=2018-12-31").json();
        assertThat(endOf2018.path("count").asLong() - endOf2018Before)
                .as("Siti (P4 2018-11-02) and Asep (P4 2018-12-10) counted by the end of 2018").isEqualTo(2);
        assertThat(endOf2018.path("on").asText()).isEqualTo("2018-12-31");
        JsonNode funnel = admin.get("/api/v1/reports/stage-funnel?province=32").json();
        assertThat(funnel.path("province").path("code").asText()).isEqualTo("32");
        assertThat(partner.get("/api/v1/reports/stage-funnel").status()).as("a suspended partner's token stops working")
                .isEqualTo(401);
        assertThat(funnel.path("stages").get(3).path("members").asLong()).isPositive();
    }

    private static java.util.List<String> stagesOf(JsonNode coverage, String province) {
        for (JsonNode row : coverage) {
            if (row.path("province").path("code").asText().equals(province)) {
                return row.path("stages").findValuesAsText("code");
            }
        }
        return java.util.List.of();
    }
}
