package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.okoce.adapter.http.i18n.Messages;
import id.okoce.adapter.csv.CsvWriting;
import id.okoce.app.generate.MemberGenerator;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The page in a real browser (Debian's headless Chromium) against the running service on embedded
 * PostgreSQL: each role sees its own views with the API's numbers, a stage completed in the console
 * changes the member and the dashboard, refusals show beside their fields, the language switches the
 * page and the API's messages, axe-core finds no serious or critical violation, and every view is
 * photographed in both languages into {@code target/screenshots}.
 */
class PageInBrowserTest {

    private static final Network NETWORK = new Network();
    private static final Api HUB = NETWORK.admin();
    private static final String FAMILY = UUID.randomUUID().toString().substring(0, 6);
    private static String partnerToken;
    private static String bankToken;
    private static JsonNode bandung;
    private static JsonNode jakarta;

    @BeforeAll
    static void aNetwork() throws InterruptedException {
        assertThat(Browser.available()).as("the browser tests need Debian's chromium and chromium-driver "
                + "(apt-get install -y chromium chromium-driver; .ci/run installs them)").isTrue();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (CsvWriting csv = CsvWriting.members(file)) {
            new MemberGenerator(new MemberGenerator.Options(3_000, 20181, true, 0, false), LocalDate.of(2026, 1, 1)).write(csv);
        }
        Api.Response accepted = HUB.postBytes("/api/v1/imports/members?mode=per-row", file.toByteArray(), "text/csv");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(Network.importFinished(HUB, accepted.json().path("id").asText()).path("status").asText()).isEqualTo("COMPLETED");
        JsonNode partner = NETWORK.validatedPartner("32");
        NETWORK.governmentAgreement(partner.path("id").asText());
        partnerToken = NETWORK.partnerToken(partner.path("id").asText());
        bankToken = NETWORK.token("{\"role\":\"BANK\",\"bank\":\"Bank DKI\"}");
        Api asPartner = TestService.as(partnerToken);
        bandung = register(asPartner, "32.73.01", "Rina Layar " + FAMILY);
        jakarta = register(HUB, "31.71.01", "Siti Layar " + FAMILY);
    }

    private static JsonNode register(Api api, String kecamatan, String name) {
        String body = Bodies.member(kecamatan).replaceFirst("\"fullName\":\"[^\"]*\"", "\"fullName\":\"" + name + "\"");
        Api.Response response = api.post("/api/v1/members", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static String number(long n, String language) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag(language.equals("en") ? "en-GB" : "id-ID")).format(n);
    }

    /** Photographs the view in its language, then in the other, and comes back. */
    private static void bothLanguages(Browser browser, String view, String language, String waitFor) {
        String other = language.equals("id") ? "en" : "id";
        browser.find(waitFor);
        browser.screenshot(view + "-" + language);
        assertThat(browser.seriousViolations()).as("axe on " + view + " (" + language + ")").isEmpty();
        switchTo(browser, other, waitFor);
        browser.screenshot(view + "-" + other);
        assertThat(browser.seriousViolations()).as("axe on " + view + " (" + other + ")").isEmpty();
        switchTo(browser, language, waitFor);
    }

    private static void switchTo(Browser browser, String language, String waitFor) {
        browser.script("document.getElementById('notice').textContent = ''");
        new Select(browser.find("#language")).selectByValue(language);
        browser.until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        browser.until(d -> d.findElement(By.id("notice")).getText().length() > 0);
        browser.find(waitFor);
    }

    @Test
    void the_hub_sees_the_networks_progress_with_the_apis_numbers_in_both_languages() {
        JsonNode target = HUB.get("/api/v1/reports/target").json();
        JsonNode funnel = HUB.get("/api/v1/reports/stage-funnel").json();
        JsonNode provinces = HUB.get("/api/v1/reports/members-by-province").json();
        try (Browser browser = new Browser(TestService.get().service().port(), "id")) {
            browser.signIn(TestService.get().adminToken());
            assertThat(browser.text("#target-count")).isEqualTo(number(target.path("count").asLong(), "id"));
            assertThat(browser.text("h1")).isEqualTo("Dasbor jaringan");
            assertThat(browser.text("#provinces-title")).contains(number(provinces.path("total").asLong(), "id"));
            assertThat((String) browser.script("return document.querySelector('#funnel tbody tr td').textContent"))
                    .isEqualTo(number(funnel.path("stages").get(0).path("members").asLong(), "id"));
            assertThat(browser.driver().findElements(By.cssSelector(".tilemap .tile"))).hasSize(38);
            assertThat(browser.driver().findElements(By.cssSelector("#coverage tbody tr"))).hasSize(38);
            assertThat(browser.driver().findElements(By.cssSelector("#nav a"))).hasSize(4);
            bothLanguages(browser, "dashboard", "id", "#target-count");

            switchTo(browser, "en", "#target-count");
            assertThat(browser.text("h1")).isEqualTo("Network dashboard");
            assertThat(browser.text("#target-count")).isEqualTo(number(target.path("count").asLong(), "en"));
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void a_partner_works_in_its_own_province_and_a_stage_completed_in_the_console_shows_everywhere() {
        Api partner = TestService.as(partnerToken);
        long trainedBefore = partner.get("/api/v1/reports/stage-funnel").json().path("stages").get(1).path("members").asLong();
        try (Browser browser = new Browser(TestService.get().service().port(), "id")) {
            browser.signIn(partnerToken);
            assertThat(browser.text(".scope")).contains("Jawa Barat");
            assertThat(browser.find(".tile[data-code='31']").getAttribute("class")).contains("level-none");
            assertThat(browser.driver().findElements(By.cssSelector("#nav a"))).hasSize(2);

            browser.open("/#/members");
            browser.find("#q-number").sendKeys(jakarta.path("memberNumber").asText());
            browser.find("#member-search button[type=submit]").click();
            browser.until(d -> d.findElement(By.id("results")).getText().isBlank() ? null : Boolean.TRUE);
            assertThat(browser.text("#results")).as("a member of DKI Jakarta is not found by a Jawa Barat partner")
                    .isEqualTo("Tidak ada anggota yang cocok.");
            browser.find("#q-number").clear();
            browser.find("#q-name").sendKeys("Rina Layar " + FAMILY);
            browser.find("#member-search button[type=submit]").click();
            String link = "#results a[href*='" + bandung.path("id").asText() + "']";
            browser.find(link);
            bothLanguages(browser, "members", "id", "#results table");
            browser.find(link).click();

            browser.find("#complete-stage");
            assertThat(browser.text("#member-nik")).matches("\\d{2}\\*{10}\\d{4}");
            browser.find("#completed-on").clear();
            browser.script("document.querySelector('#completed-on').value = '2018-10-10'");
            browser.find("#complete-stage button[type=submit]").click();
            WebElement error = browser.until(d -> {
                WebElement box = d.findElement(By.id("ev-certificate-error"));
                return box.isDisplayed() ? box : null;
            });
            String indonesian = error.getText();
            assertThat(indonesian).as("the refusal beside its field, in Indonesian")
                    .isEqualTo(Messages.code("STAGE_EVIDENCE_MISSING", Messages.INDONESIAN).orElseThrow());
            assertThat(browser.find("#ev-certificate").getAttribute("aria-invalid")).isEqualTo("true");
            bothLanguages(browser, "member", "id", "#complete-stage");

            switchTo(browser, "en", "#complete-stage");
            browser.script("document.querySelector('#completed-on').value = '2018-10-10'");
            browser.find("#complete-stage button[type=submit]").click();
            String english = browser.until(d -> {
                WebElement box = d.findElement(By.id("ev-certificate-error"));
                return box.isDisplayed() ? box.getText() : null;
            });
            assertThat(english).as("the API's own English sentence").isNotBlank()
                    .isNotEqualTo(indonesian);
            switchTo(browser, "id", "#complete-stage");

            browser.script("document.querySelector('#completed-on').value = '2018-10-10'");
            browser.find("#ev-certificate").sendKeys("SERT-" + FAMILY);
            browser.find("#complete-stage button[type=submit]").click();
            browser.until(d -> d.findElement(By.id("member-stages")).getText().contains("10 Oktober 2018"));
            JsonNode after = partner.get("/api/v1/members/" + bandung.path("id").asText()).json();
            assertThat(after.path("stages").get(1).path("done").asBoolean()).isTrue();
            assertThat(after.path("stages").get(1).path("completedOn").asText()).isEqualTo("2018-10-10");

            browser.open("/#/dashboard");
            long trained = partner.get("/api/v1/reports/stage-funnel").json().path("stages").get(1).path("members").asLong();
            assertThat(trained).isEqualTo(trainedBefore + 1);
            browser.until(d -> ((String) browser.script(
                    "const r = document.querySelectorAll('#funnel tbody tr'); return r.length > 1 ? r[1].querySelector('td').textContent : ''"))
                    .equals(number(trained, "id")));
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void the_hub_validates_a_waiting_partner_and_a_rejection_without_reason_is_refused_beside_its_field() {
        Api.Response registered = HUB.post("/api/v1/partners", Bodies.partner("33"));
        String id = registered.json().path("id").asText();
        try (Browser browser = new Browser(TestService.get().service().port(), "en")) {
            browser.signIn(TestService.get().adminToken());
            assertThat(browser.text("h1")).isEqualTo("Network dashboard");
            browser.open("/#/partners");
            WebElement item = browser.find("li[data-partner='" + id + "']");
            item.findElement(By.cssSelector("button[value=REJECT]")).click();
            WebElement error = browser.until(d -> {
                WebElement box = d.findElement(By.id("reason-" + id + "-error"));
                return box.isDisplayed() ? box : null;
            });
            assertThat(error.getText()).isNotBlank();
            assertThat(HUB.get("/api/v1/partners/" + id).json().path("status").asText()).isEqualTo("REGISTERED");
            bothLanguages(browser, "partners", "en", "li[data-partner='" + id + "']");

            browser.find("li[data-partner='" + id + "'] button[value=APPROVE]").click();
            browser.until(d -> d.findElements(By.cssSelector("li[data-partner='" + id + "']")).isEmpty());
            assertThat(HUB.get("/api/v1/partners/" + id).json().path("status").asText()).isEqualTo("VALIDATED");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void a_bank_officer_sees_every_rules_outcome_and_nothing_else() {
        Api bank = TestService.as(bankToken);
        String product = bank.get("/api/v1/financing-products").json().get(0).path("id").asText();
        JsonNode decision = bank.get("/api/v1/members/" + jakarta.path("id").asText() + "/financing-eligibility?product=" + product
                + "&amount=10000000").json();
        try (Browser browser = new Browser(TestService.get().service().port(), "id")) {
            browser.signIn(bankToken);
            List<WebElement> nav = browser.driver().findElements(By.cssSelector("#nav a"));
            assertThat(nav).hasSize(1);
            browser.find("#applicant-number").sendKeys(jakarta.path("memberNumber").asText());
            new Select(browser.find("#product")).selectByValue(product);
            browser.find("#eligibility-form button[type=submit]").click();
            browser.find("#decision");
            assertThat(browser.driver().findElements(By.cssSelector("#decision tbody tr"))).hasSize(decision.path("outcomes").size());
            assertThat(browser.text("#decision-status"))
                    .isEqualTo(Messages.text("decision." + decision.path("status").asText(), Messages.INDONESIAN));
            bothLanguages(browser, "bank", "id", "#eligibility-form");

            browser.open("/#/dashboard");
            assertThat(browser.text("h1")).as("a bank has no dashboard: it is sent to its desk").isEqualTo("Kelayakan pembiayaan");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void the_sign_in_view_refuses_a_wrong_token_with_the_apis_message() {
        try (Browser browser = new Browser(TestService.get().service().port(), "id")) {
            browser.open("/");
            browser.find("#token").sendKeys("okoce_not-a-token");
            browser.find("#sign-in button[type=submit]").click();
            WebElement alert = browser.until(d -> {
                WebElement box = d.findElement(By.cssSelector("#sign-in .form-alert"));
                return box.isDisplayed() ? box : null;
            });
            assertThat(alert.getText()).contains(Messages.code("UNAUTHENTICATED", Messages.INDONESIAN).orElseThrow());
            bothLanguages(browser, "sign-in", "id", "#sign-in");
            assertThat((String) browser.script("return sessionStorage.getItem('okoce.token')")).isNull();
        }
    }
}
