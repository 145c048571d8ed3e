package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.okoce.domain.testdata.Niks;
import org.junit.jupiter.api.Test;

/** A KUR bank's working day over HTTP: find the applicant, check, record the loan, read it back. */
class BankDeskApiTest {

    private final Network network = new Network();
    private final Api hub = network.admin();

    @Test
    void a_KUR_bank_finds_checks_and_records_a_loan_and_reads_back_only_its_own() {
        String nik = Niks.nik("327301", java.time.LocalDate.of(1985, 5, 5), id.okoce.domain.identity.Sex.MALE,
                java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 10_000));
        Api.Response created = hub.post("/api/v1/members", """
                {"nik":"%s","fullName":"Asep Sunandar","phone":"081234567891","kecamatan":"32.73.01","registeredOn":"2018-09-12",
                 "business":{"name":"Warung Asep","sector":"KULINER","startedOn":"2017-03-01","nib":"9120001234567"}}"""
                .formatted(nik));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        String number = created.json().path("memberNumber").asText();
        Api kur = TestService.as(network.token("{\"role\":\"BANK\",\"bank\":\"Bank penyalur KUR\"}"));
        Api bankDki = TestService.as(network.token("{\"role\":\"BANK\",\"bank\":\"Bank DKI\"}"));

        JsonNode applicant = kur.get("/api/v1/financing-applicants?nik=" + nik).json();
        assertThat(applicant.path("memberNumber").asText()).isEqualTo(number);
        assertThat(applicant.path("nik").asText()).isEqualTo(nik.substring(0, 2) + "**********" + nik.substring(12));
        assertThat(applicant.has("fullName")).as("a loan officer's view holds no name").isFalse();
        assertThat(applicant.has("phone")).isFalse();
        assertThat(applicant.path("licences").findValuesAsText("type")).containsExactly("NIB");
        assertThat(bankDki.get("/api/v1/financing-applicants?number=" + number).status())
                .as("Bank DKI lends in DKI Jakarta only").isEqualTo(404);
        assertThat(kur.get("/api/v1/financing-applicants?number=" + number + "&nik=" + nik).status()).isEqualTo(400);

        JsonNode decision = kur.get("/api/v1/members/" + id + "/financing-eligibility?product=kur-mikro&amount=20000000"
                + "&on=2019-05-02").json();
        assertThat(decision.path("productId").asText()).isEqualTo("kur-mikro-2018");
        assertThat(decision.path("status").asText()).isEqualTo("UNDECIDED");
        assertThat(decision.path("outcomes").findValuesAsText("verdict")).containsOnly("PASSED", "UNKNOWN");

        String etag = hub.get("/api/v1/members/" + id).header("ETag").orElseThrow();
        Api.Response granted = kur.post("/api/v1/members/" + id + "/financings", """
                {"product":"kur-mikro","amount":20000000,"termMonths":24,"reference":"KUR-JB-2019-1","grantedOn":"2019-05-02"}""",
                "If-Match", etag);
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        assertThat(granted.json().path("capitalStage").path("done").asBoolean()).isFalse();
        assertThat(granted.json().path("capitalStage").path("code").asText()).isEqualTo("STAGE_OUT_OF_ORDER");
        assertThat(granted.json().path("member").isNull() || granted.json().path("member").isMissingNode())
                .as("the member's record is the hub's").isTrue();
        String location = granted.header("Location").orElseThrow();
        assertThat(kur.get(location).json().path("reference").asText()).isEqualTo("KUR-JB-2019-1");
        assertThat(bankDki.get(location).status()).isEqualTo(404);

        assertThat(kur.get("/api/v1/financings?limit=500").json().path("financings").findValuesAsText("reference"))
                .contains("KUR-JB-2019-1");
        assertThat(bankDki.get("/api/v1/financings?limit=500").json().path("financings").findValuesAsText("productId"))
                .doesNotContain("kur-mikro-2018");
        Api.Response refused = kur.post("/api/v1/members/" + id + "/financing-refusals", """
                {"product":"kur-kecil","amount":200000000,"reason":"REPAYMENT_CAPACITY","decidedOn":"2019-05-02"}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(201);
        assertThat(refused.json().path("productId").asText()).isEqualTo("kur-kecil-2018");
        assertThat(kur.get(refused.header("Location").orElseThrow()).json().findValuesAsText("reason"))
                .containsExactly("REPAYMENT_CAPACITY");
        assertThat(bankDki.get("/api/v1/members/" + id + "/financing-refusals").status()).as("not in Bank DKI's provinces")
                .isEqualTo(200);
        assertThat(bankDki.get("/api/v1/members/" + id + "/financing-refusals").json()).isEmpty();
        assertThat(hub.get("/api/v1/members/" + id + "/export").json().path("refusals").findValuesAsText("reason"))
                .as("the person's export holds the banks' refusals").containsExactly("REPAYMENT_CAPACITY");
        assertThat(kur.post("/api/v1/members/" + id + "/financing-refusals", """
                {"product":"kur-kecil","amount":1,"reason":"BECAUSE"}""").status()).isEqualTo(400);
        assertThat(hub.get("/api/v1/members/" + id).json().path("stages").get(6).path("done").asBoolean())
                .as("P7 stays open").isFalse();
    }
}
