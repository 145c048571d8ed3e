package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A partner of one kabupaten/kota (Kota Makassar, in Sulawesi Selatan, where no other test works):
 * it registers, sees, finds and reports on members there only, its agreements open stages there
 * only, and the coverage says where.
 */
class PartnerAreaApiTest {

    private final Network network = new Network();
    private final Api hub = network.admin();

    private static String makassarPartner(String regencies) {
        return Bodies.partner("73").replace("\"province\":\"73\"", "\"province\":\"73\",\"regencies\":" + regencies);
    }

    private static List<String> kecamatans(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.path("members").forEach(m -> codes.add(m.path("kecamatan").path("code").asText()));
        return codes;
    }

    @Test
    void an_area_must_lie_in_its_province_and_every_refusal_names_its_field() {
        Api.Response elsewhere = hub.post("/api/v1/partners", makassarPartner("[\"31.71\"]"));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/regencies");
        assertThat(elsewhere.json().path("errors").get(0).path("code").asText()).isEqualTo("PARTNER_AREA_INVALID");

        Api.Response unknown = hub.post("/api/v1/partners", makassarPartner("[\"73.71\", \"73.70\"]"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/regencies/1");
    }

    @Test
    void a_partner_of_kota_makassar_works_there_only() {
        Api.Response registered = hub.post("/api/v1/partners", makassarPartner("[\"73.71\"]"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().path("regencies").get(0).path("code").asText()).isEqualTo("73.71");
        assertThat(registered.json().path("regencies").get(0).path("name").asText()).isEqualTo("Kota Makassar");
        String id = registered.json().path("id").asText();
        Api.Response validated = hub.post("/api/v1/partners/" + id + "/validation", "{\"decision\":\"APPROVE\",\"on\":\"2018-09-07\"}",
                "If-Match", registered.header("ETag").orElseThrow());
        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        Api makassar = TestService.as(network.partnerToken(id));

        // It registers in Makassar, not in Gowa; the hub's Gowa member is not found by it.
        JsonNode mariso = Network.member(makassar, "73.71.01");
        Api.Response gowa = makassar.post("/api/v1/members", Bodies.member("73.06.01"));
        assertThat(gowa.status()).isEqualTo(403);
        assertThat(gowa.code()).isEqualTo("REGION_OUT_OF_SCOPE");
        JsonNode bontonompo = Network.member(hub, "73.06.01");
        assertThat(makassar.get("/api/v1/members/" + bontonompo.path("id").asText()).status()).isEqualTo(404);
        assertThat(makassar.get("/api/v1/members/" + mariso.path("id").asText()).status()).isEqualTo(200);
        assertThat(kecamatans(makassar.get("/api/v1/members?limit=500").json())).isNotEmpty().allMatch(k -> k.startsWith("73.71."));
        assertThat(kecamatans(makassar.get("/api/v1/members?kabupaten=73.06").json())).isEmpty();
        assertThat(kecamatans(hub.get("/api/v1/members?kabupaten=73.06&limit=500").json())).contains("73.06.01");

        // Its agreement opens training in Makassar only, and the coverage says where.
        Api.Response agreement = hub.post("/api/v1/partners/" + id + "/agreements", """
                {"counterpartyKind":"GOVERNMENT","counterpartyName":"Dinas KUMKM Kota Makassar","stages":["P2"],
                 "validFrom":"2018-10-01"}""");
        assertThat(agreement.status()).as(agreement.body()).isEqualTo(201);
        assertThat(Network.complete(makassar, mariso.path("id").asText(), "P2", "2018-10-10").status()).isEqualTo(200);
        Api.Response notInGowa = Network.complete(hub, bontonompo.path("id").asText(), "P2", "2018-10-10");
        assertThat(notInGowa.status()).isEqualTo(422);
        assertThat(notInGowa.code()).isEqualTo("STAGE_UNAVAILABLE_IN_REGION");
        JsonNode sulsel = null;
        for (JsonNode row : hub.get("/api/v1/regions/coverage?on=2019-01-01").json()) {
            if (row.path("province").path("code").asText().equals("73")) {
                sulsel = row;
            }
        }
        assertThat(sulsel).isNotNull();
        assertThat(sulsel.path("stages").toString()).doesNotContain("\"P2\"");
        assertThat(sulsel.path("inPart").get(0).path("stage").path("code").asText()).isEqualTo("P2");
        assertThat(sulsel.path("inPart").get(0).path("regencies").get(0).path("code").asText()).isEqualTo("73.71");

        // Its reports count its area: the Gowa member is in the hub's figures, not in the partner's.
        JsonNode regions = makassar.get("/api/v1/reports/regions").json();
        assertThat(regions.path("regions")).hasSize(1);
        assertThat(regions.path("regions").get(0).path("code").asText()).isEqualTo("73.71");
        JsonNode hubRegions = hub.get("/api/v1/reports/regions?province=73").json();
        long hubGowa = 0;
        for (JsonNode row : hubRegions.path("regions")) {
            if (row.path("code").asText().equals("73.06")) {
                hubGowa = row.path("stages").get(0).asLong();
            }
        }
        assertThat(hubGowa).isPositive();
        long partnerP1 = makassar.get("/api/v1/reports/stage-funnel").json().path("stages").get(0).path("members").asLong();
        long hubP1 = hub.get("/api/v1/reports/stage-funnel?province=73").json().path("stages").get(0).path("members").asLong();
        assertThat(partnerP1).isEqualTo(regions.path("regions").get(0).path("stages").get(0).asLong());
        assertThat(hubP1).isGreaterThanOrEqualTo(partnerP1 + hubGowa);
        assertThat(makassar.get("/api/v1/reports/regions?kabupaten=73.06").status()).isEqualTo(403);

        // Only the hub changes the area; afterwards the partner works in Gowa too.
        String etag = hub.get("/api/v1/partners/" + id).header("ETag").orElseThrow();
        assertThat(makassar.send("PATCH", "/api/v1/partners/" + id, "{\"regencies\":[\"73.71\",\"73.06\"]}", "If-Match", etag)
                .status()).isEqualTo(403);
        Api.Response widened = hub.send("PATCH", "/api/v1/partners/" + id, "{\"regencies\":[\"73.71\",\"73.06\"]}", "If-Match", etag);
        assertThat(widened.status()).as(widened.body()).isEqualTo(200);
        assertThat(widened.json().path("regencies")).hasSize(2);
        Api wider = TestService.as(network.partnerToken(id));
        assertThat(wider.get("/api/v1/members/" + bontonompo.path("id").asText()).status()).isEqualTo(200);
    }
}
