package org.permanenceplatform.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.permanenceplatform.kit.testing.GatewaySession;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.launcher.Platform;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A support worker's day in real headless Chromium, with no JavaScript needed: a request arrives for a family, is
 * answered, assessed, met by a plan with a service; an allowance is paid; the placement breaks down. The queue and
 * the dashboard change at each step, and every page passes axe-core.
 */
@ExtendWith(RunningPlatform.class)
class SupportBrowserIT {

    static Platform platform;
    static Browser browser;
    static WebDriver driver;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeAll
    static void start(Platform running) throws Exception {
        WalkingSkeletonIT.platform(running);
        platform = running;
        assertThat(Browser.available()).as("Chromium and chromedriver (apt-get install chromium chromium-driver)")
                .isTrue();
        browser = new Browser(Path.of(System.getProperty("platform.e2e.output", "target/e2e"), "screenshots"));
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A family whose support case a worker opened by hand (the relay's way is SupportReferralIT's). */
    static String family(String familyName) {
        GatewaySession support = WalkingSkeletonIT.signedIn("support.durham");
        Reply opened = support.post("/api/support/cases", """
                {"localChildId": "%s", "givenName": "Ruby", "familyName": "%s", "route": "SPECIAL_GUARDIANSHIP",
                 "orderDate": "%s", "adults": [{"name": "Jo %s", "relationshipToChild": "aunt"}]}"""
                .formatted(WalkingSkeletonIT.newLocalId(), familyName, TODAY.minusYears(1), familyName));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().get("id").asString();
    }

    static void signIn(String username) {
        driver.get(platform.gatewayUrl() + "/login");
        driver.manage().deleteAllCookies();
        driver.get(platform.gatewayUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(WalkingSkeletonIT.logins.get(username));
        browser.clickAndWait(By.cssSelector("button[type=submit]"), platform.gatewayUrl() + "/");
    }

    static void assertAccessible(String page) {
        List<String> violations = browser.seriousViolations();
        if (!violations.isEmpty()) {
            browser.savePage(page.replaceAll("[^A-Za-z0-9]+", "-"));
        }
        assertThat(violations).as("axe-core on " + page + " (page saved under target/e2e/pages)").isEmpty();
    }

    static int dashboard(String id) {
        driver.get(platform.gatewayUrl() + "/support");
        return Integer.parseInt(driver.findElement(By.id(id)).getText().strip());
    }

    /** The queue of waiting requests as the worker sees it (empty when nothing waits). */
    static String queue() {
        driver.get(platform.gatewayUrl() + "/support");
        return driver.findElements(By.id("queue")).stream().map(table -> table.getText()).findFirst().orElse("");
    }

    static void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    static void choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    static void choose(String id, int index) {
        new Select(driver.findElement(By.id(id))).selectByIndex(index);
    }

    static void open(String form) {
        driver.findElement(By.cssSelector("#" + form + "-form summary")).click();
    }

    /** Opens the review form shown with the case's (one) plan; answers the form's key, review-{planId}. */
    static String openReview() {
        var form = driver.findElement(By.cssSelector("details[id^=review-][id$=-form]"));
        form.findElement(By.tagName("summary")).click();
        return form.getAttribute("id").replaceAll("-form$", "");
    }

    @Test
    void aWorkerOpensACaseByHandAndThePractitionerSeesTheSupportOnTheChildsRecord() {
        String localId = WalkingSkeletonIT.newLocalId();
        GatewaySession practitioner = WalkingSkeletonIT.signedIn("practitioner.durham");
        String childId = practitioner.post("/api/permanence/children", WalkingSkeletonIT.child(localId))
                .json().get("id").asString();
        String withoutCase = practitioner.post("/api/permanence/children",
                WalkingSkeletonIT.child(WalkingSkeletonIT.newLocalId())).json().get("id").asString();

        signIn("support.durham");
        driver.get(platform.gatewayUrl() + "/support");
        open("open");
        type("open-localChildId", localId);
        choose("open-route", "KINSHIP");
        type("open-orderDate", TODAY.minusYears(2).toString());
        browser.clickAndWait(By.id("open-save"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("givenName", "familyName");
        assertAccessible("the support home page with the open-a-case form refused");

        type("open-givenName", "Maya");
        type("open-familyName", "Okafor");
        type("open-adultName", "Grace Okafor");
        type("open-adultRelationship", "grandmother");
        browser.clickAndWait(By.id("open-save"));
        assertThat(driver.getCurrentUrl()).contains("/support/cases/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Maya Okafor");
        assertThat(driver.findElement(By.id("family")).getText()).contains("KINSHIP", "Grace Okafor (grandmother)");
        open("request");
        type("request-received", TODAY.minusDays(20).toString());
        choose("request-category", "CRISIS");
        browser.clickAndWait(By.id("request-save"));

        signIn("practitioner.durham");
        driver.get(platform.gatewayUrl() + "/children/" + childId);
        assertThat(driver.findElement(By.id("support-summary")).getText()).contains("KINSHIP");
        assertThat(driver.findElement(By.id("support-waiting")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.id("support-flags")).getText()).isEqualTo("1");
        assertAccessible("a child's record with the support summary");
        browser.screenshot("child-support-summary");
        driver.get(platform.gatewayUrl() + "/children/" + withoutCase);
        assertThat(driver.findElement(By.id("support")).getText()).contains("No support case");
    }

    @Test
    void aRequestIsAnsweredAssessedMetByAPlanWithAServiceAndAnAllowanceAndABreakdownIsRecorded() {
        String familyName = "Ashby" + UUID.randomUUID().toString().substring(0, 4);
        String caseId = family(familyName);
        signIn("support.durham");
        int waiting = dashboard("dashboard-waiting");
        int breakdowns = dashboard("dashboard-breakdowns");
        int belowMinimum = dashboard("dashboard-below-minimum");
        assertAccessible("the support queue and dashboard");

        driver.get(platform.gatewayUrl() + "/support/cases/" + caseId);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ruby " + familyName);
        assertAccessible("a support case");
        open("request");
        type("request-received", TODAY.minusDays(10).toString().replace("-", "/"));
        choose("request-category", "THERAPEUTIC");
        browser.clickAndWait(By.id("request-save"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("received");
        assertAccessible("a support case with an error summary");

        type("request-received", TODAY.minusDays(10).toString());
        choose("request-category", "THERAPEUTIC");
        type("request-summary", "Help with Ruby's anger at school");
        browser.clickAndWait(By.id("request-save"));
        assertThat(driver.findElement(By.id("requests")).getText()).contains("THERAPEUTIC", "FIRST_RESPONSE: OVERDUE");
        assertThat(queue()).contains("Ruby " + familyName);
        assertThat(dashboard("dashboard-waiting")).isEqualTo(waiting + 1);

        driver.get(platform.gatewayUrl() + "/support/cases/" + caseId);
        open("first-response");
        type("first-response-date", TODAY.minusDays(8).toString());
        browser.clickAndWait(By.id("first-response-save"));
        assertThat(driver.findElement(By.id("requests")).getText()).contains("FIRST_RESPONSE: MET");

        open("assessment");
        choose("assessment-requestId", 1);
        type("assessment-completed", TODAY.minusDays(2).toString());
        type("assessment-needs", "Therapeutic parenting and play therapy");
        browser.clickAndWait(By.id("assessment-save"));
        assertThat(driver.findElement(By.id("requests")).getText()).contains("NEEDS_ASSESSMENT: MET");

        open("plan");
        choose("plan-assessmentId", 1);
        type("plan-agreed", TODAY.minusDays(1).toString());
        type("plan-reviewDue", TODAY.plusMonths(6).toString());
        browser.clickAndWait(By.id("plan-save"));

        String review = openReview();
        type(review + "-held", TODAY.minusDays(5).toString());
        browser.clickAndWait(By.id(review + "-save"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("held");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href"))
                .endsWith("#" + review + "-held");
        assertAccessible("a support case with a refused plan review");
        type(review + "-held", TODAY.toString());
        type(review + "-outcome", "Settling well; keep the play therapy");
        type(review + "-nextReview", TODAY.plusMonths(3).toString());
        browser.clickAndWait(By.id(review + "-save"));
        assertThat(driver.findElement(By.id("reviews-" + review.substring("review-".length()))).getText())
                .contains("Reviewed " + TODAY + ": Settling well", "next review due " + TODAY.plusMonths(3));

        open("service");
        choose("service-requestId", 1);
        type("service-provider", "Family Futures");
        type("service-description", "Play therapy");
        type("service-start", TODAY.toString());
        type("service-weeklyCost", "95.00");
        choose("service-fundingSource", "ADOPTION_AND_SPECIAL_GUARDIANSHIP_SUPPORT_FUND");
        browser.clickAndWait(By.id("service-save"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Family Futures", "SERVICE_START: MET");
        assertThat(queue()).doesNotContain("Ruby " + familyName);
        assertThat(dashboard("dashboard-waiting")).isEqualTo(waiting);

        driver.get(platform.gatewayUrl() + "/support/cases/" + caseId);
        open("allowance");
        choose("allowance-kind", "SPECIAL_GUARDIANSHIP");
        type("allowance-amount", "100.00");
        choose("allowance-frequency", "WEEKLY");
        type("allowance-start", TODAY.minusDays(30).toString());
        browser.clickAndWait(By.id("allowance-save"));
        assertThat(driver.findElement(By.id("allowances")).getText()).contains("below the national minimum");
        assertThat(dashboard("dashboard-below-minimum")).isEqualTo(belowMinimum + 1);
        assertThat(driver.findElement(By.id("below-minimum")).getText())
                .contains("Ruby " + familyName, "SPECIAL_GUARDIANSHIP, £100.00 WEEKLY");
        assertAccessible("the support home page with the allowances below the national minimum");

        driver.get(platform.gatewayUrl() + "/support/cases/" + caseId);
        open("breakdown");
        type("breakdown-date", TODAY.toString());
        driver.findElement(By.cssSelector("label[for=breakdown-cameBackIntoCare]")).click();
        browser.clickAndWait(By.id("breakdown-save"));
        assertThat(driver.findElement(By.id("breakdowns")).getText()).contains("the child came back into care");
        assertAccessible("a support case with its plan, allowance and breakdown");
        browser.screenshot("support-case");
        assertThat(dashboard("dashboard-breakdowns")).isEqualTo(breakdowns + 1);
    }
}
