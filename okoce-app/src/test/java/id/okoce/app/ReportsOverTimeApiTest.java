package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The reports over time and across regions, over HTTP, as JSON and CSV, within each caller's scope. */
class ReportsOverTimeApiTest {

    private final Network network = new Network();
    private final Api hub = network.admin();

    private long funnel(String query, int stage) {
        return hub.get("/api/v1/reports/stage-funnel" + query).json().path("stages").get(stage - 1).path("members").asLong();
    }

    @Test
    void the_funnel_and_the_target_on_a_past_day_count_what_was_done_by_then() {
        long p1Then = funnel("?on=2018-09-09", 1);
        long p1On = funnel("?on=2018-09-10", 1);
        long p4Before = hub.get("/api/v1/reports/target?on=2018-11-01").json().path("count").asLong();
        String id = Network.member(hub, "31.71.01").path("id").asText();
        for (String[] step : new String[][] {{"P2", "2018-10-01"}, {"P3", "2018-10-15"}, {"P4", "2018-11-02"}}) {
            assertThat(Network.complete(hub, id, step[0], step[1]).status()).isEqualTo(200);
        }
        assertThat(funnel("?on=2018-09-09", 1)).as("registered on 2018-09-10").isEqualTo(p1Then);
        assertThat(funnel("?on=2018-09-10", 1)).isEqualTo(p1On + 1);
        assertThat(hub.get("/api/v1/reports/target?on=2018-11-01").json().path("count").asLong())
                .as("P4 on 2018-11-02 is not counted the day before").isEqualTo(p4Before);
        assertThat(hub.get("/api/v1/reports/target?on=2018-11-02").json().path("count").asLong()).isGreaterThan(p4Before);
    }

    @Test
    void monthly_regions_and_people_answer_json_and_csv_within_scope() {
        Network.member(hub, "32.73.01");
        JsonNode monthly = hub.get("/api/v1/reports/monthly?province=32").json();
        assertThat(monthly.path("months").findValuesAsText("month")).contains("2018-09");
        JsonNode regions = hub.get("/api/v1/reports/regions?province=32").json();
        assertThat(regions.path("level").asText()).isEqualTo("kabupaten");
        JsonNode bandung = null;
        for (JsonNode region : regions.path("regions")) {
            if (region.path("code").asText().equals("32.73")) {
                bandung = region;
            }
        }
        assertThat(bandung).isNotNull();
        assertThat(bandung.path("stages").get(0).asLong()).isPositive();
        JsonNode kecamatans = hub.get("/api/v1/reports/regions?kabupaten=32.73").json();
        assertThat(kecamatans.path("level").asText()).isEqualTo("kecamatan");
        long inKecamatans = 0;
        for (JsonNode k : kecamatans.path("regions")) {
            inKecamatans += k.path("stages").get(0).asLong();
        }
        assertThat(inKecamatans).isEqualTo(bandung.path("stages").get(0).asLong());

        JsonNode people = hub.get("/api/v1/reports/members-by-sex-and-age?province=32&on=2019-01-01").json();
        assertThat(people.path("rows")).hasSize(10);

        Api.Response csv = hub.get("/api/v1/reports/regions?province=32&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition").orElse("")).contains("regions-kabupaten.csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("code,name,P1,P2,P3,P4,P5,P6,P7");
        long bandungMembers = bandung.path("stages").get(0).asLong();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("32.73,").contains("," + bandungMembers + ","));
        Api.Response accept = hub.send("GET", "/api/v1/reports/stage-funnel", null, "Accept", "text/csv");
        assertThat(accept.body()).startsWith("stage,indonesian_name,english_name,members,percent_of_all");
        assertThat(hub.get("/api/v1/reports/monthly?format=xml").status()).isEqualTo(400);

        JsonNode cohorts = hub.get("/api/v1/reports/cohorts?from=2018-09&to=2018-10&within=30").json();
        assertThat(cohorts.path("cohorts")).hasSize(2);
        assertThat(cohorts.path("cohorts").get(0).path("registered").asLong()).isPositive();
        assertThat(hub.get("/api/v1/reports/cohorts?from=2018-09&within=45").status()).isEqualTo(400);
        assertThat(hub.get("/api/v1/reports/cohorts?within=30").status()).isEqualTo(400);
        assertThat(hub.get("/api/v1/reports/cohorts?from=2018-09&to=2018-01").status()).isEqualTo(400);

        String partnerId = network.validatedPartner("32").path("id").asText();
        Api partner = TestService.as(network.partnerToken(partnerId));
        assertThat(partner.get("/api/v1/reports/regions").json().path("level").asText())
                .as("a partner's regions are its own province's kabupaten/kota").isEqualTo("kabupaten");
        assertThat(partner.get("/api/v1/reports/regions?kabupaten=31.71").status()).isEqualTo(403);
        assertThat(partner.get("/api/v1/reports/target-by-province").json().path("provinces")).hasSize(1);
        assertThat(Network.member(partner, "32.73.01").path("registeredBy").asText()).isEqualTo(partnerId);
        JsonNode ranking = partner.get("/api/v1/reports/partners").json();
        assertThat(ranking.findValuesAsText("province")).containsOnly("32");
        assertThat(ranking.findValuesAsText("partnerId")).contains(partnerId);
    }
}
