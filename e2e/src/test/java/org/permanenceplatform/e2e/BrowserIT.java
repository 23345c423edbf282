package org.permanenceplatform.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.permanenceplatform.launcher.Platform;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in real headless Chromium: each role signs in, sees its own navigation, is refused another role's
 * page, signs out; a practitioner records a child with the form (no JavaScript needed); every page passes axe-core
 * with no serious or critical violation. Screenshots of each role's home page go to target/e2e/screenshots.
 */
@ExtendWith(RunningPlatform.class)
class BrowserIT {

    static Platform platform;
    static Browser browser;
    static WebDriver driver;

    @BeforeAll
    static void start(Platform running) throws Exception {
        WalkingSkeletonIT.platform(running);
        platform = running;
        assertThat(Browser.available()).as("Chromium and chromedriver at " + Browser.CHROMIUM + " and "
                + Browser.CHROMEDRIVER + " (apt-get install chromium chromium-driver; .ci/run does)").isTrue();
        browser = new Browser(Path.of(System.getProperty("platform.e2e.output", "target/e2e"), "screenshots"));
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        driver.get(platform.gatewayUrl() + "/login");
        driver.manage().deleteAllCookies();
    }

    static void signIn(String username) {
        driver.get(platform.gatewayUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(WalkingSkeletonIT.logins.get(username));
        browser.clickAndWait(By.cssSelector("button[type=submit]"), platform.gatewayUrl() + "/");
    }

    static List<String> navigation() {
        return driver.findElements(By.cssSelector("#navigation a")).stream().map(WebElement::getText).toList();
    }

    /** Fills in and sends the record-a-child form as a practitioner would. */
    static void recordChild(String localId, String givenName, String familyName, String dateOfBirth) {
        driver.get(platform.gatewayUrl() + "/children/new");
        driver.findElement(By.id("localChildId")).sendKeys(localId);
        driver.findElement(By.id("givenName")).sendKeys(givenName);
        driver.findElement(By.id("familyName")).sendKeys(familyName);
        driver.findElement(By.id("dateOfBirth")).sendKeys(dateOfBirth);
        driver.findElement(By.id("ethnicity")).sendKeys("WBRI");
        browser.clickAndWait(By.id("save-child"));
    }

    static void assertAccessible(String page) {
        List<String> violations = browser.seriousViolations();
        if (!violations.isEmpty()) {
            browser.savePage(page.replaceAll("[^A-Za-z0-9]+", "-"));
        }
        assertThat(violations).as("axe-core on " + page + " (page saved under target/e2e/pages)").isEmpty();
    }

    @ParameterizedTest(name = "{0} signs in, sees only their navigation, is refused {2}, signs out")
    @CsvSource(delimiter = '|', value = {
            "practitioner.durham  | Home,Caseload,Children,Adopters,Outcomes,Challenges | /admin/users",
            "manager.durham       | Home,Caseload,Team,Children,Adopters,IRO queue,Decisions,Outcomes,Challenges | /admin/audit",
            "decisions.durham     | Home,Children,Adopters,Decisions,Outcomes,Challenges | /children/new",
            "iro.durham           | Home,Children,IRO queue,Outcomes,Challenges | /caseload",
            "virtualschool.durham | Home,Children,Outcomes,Challenges | /children/new",
            "raa.durham           | Home,Adopters,Support | /children",
            "support.durham       | Home,Support,Outcomes,Challenges | /children",
            "provider.demo        | Home          | /children",
            "board.northeast      | Home,Board dashboard,Challenges | /outcomes/query",
            "board.national       | Home,Board dashboard,Outcomes query,Challenges | /children",
            "admin                | Home,Users,Audit | /children"})
    void eachRoleSeesItsOwnNavigationAndIsRefusedOtherPages(String username, String expectedNavigation,
                                                            String forbiddenPage) {
        signIn(username);
        assertThat(driver.getCurrentUrl()).endsWith("/");
        assertThat(driver.findElement(By.id("signed-in-user")).getText()).isEqualTo(username);
        assertThat(navigation()).containsExactly(expectedNavigation.split(","));
        browser.screenshot("home-" + username);
        assertAccessible("the home page of " + username);

        if (forbiddenPage != null) {
            driver.get(platform.gatewayUrl() + forbiddenPage);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot see this page");
            assertAccessible("the 403 page");
            browser.clickAndWait(By.linkText("Go to your home page"));
        }

        browser.clickAndWait(By.id("sign-out"), platform.gatewayUrl() + "/login?logout");
        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(driver.getPageSource()).contains("You have signed out");
        driver.get(platform.gatewayUrl() + "/");
        assertThat(driver.getCurrentUrl()).as("signed out for real").contains("/login");
    }

    @Test
    void aPractitionerRecordsAChildWithTheFormAndFixesAMistake() {
        signIn("practitioner.durham");
        driver.get(platform.gatewayUrl() + "/children/new");
        assertAccessible("the record-a-child form");
        String localId = "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
        driver.findElement(By.id("localChildId")).sendKeys(localId);
        driver.findElement(By.id("givenName")).sendKeys("Isla");
        driver.findElement(By.id("familyName")).sendKeys("Morgan");
        driver.findElement(By.id("dateOfBirth")).sendKeys("2020-02-31");
        driver.findElement(By.id("ethnicity")).sendKeys("WBRI");
        browser.clickAndWait(By.id("save-child"));

        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Date of birth");
        assertThat(driver.findElement(By.id("givenName")).getAttribute("value")).as("kept what was typed")
                .isEqualTo("Isla");
        assertAccessible("the form with its error summary");
        browser.screenshot("record-child-error");

        driver.findElement(By.id("dateOfBirth")).clear();
        driver.findElement(By.id("dateOfBirth")).sendKeys("2020-02-29");
        browser.clickAndWait(By.id("save-child"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Isla Morgan");
        assertThat(driver.findElement(By.id("child")).getText()).contains("2020-02-29");
        assertAccessible("a child's page");

        driver.get(platform.gatewayUrl() + "/children");
        assertThat(driver.findElement(By.id("children")).getText()).contains("Isla Morgan", localId);
        assertAccessible("the children list");
        browser.screenshot("children-list");
    }

    @Test
    void withPermanenceServiceStoppedThePageSaysSoAndTheRestKeepsWorking() throws Exception {
        signIn("iro.durham");
        platform.stop("permanence-service");
        try {
            driver.get(platform.gatewayUrl() + "/children");
            assertThat(driver.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Children's records cannot be shown just now");
            assertAccessible("the unavailable page");
            browser.screenshot("children-unavailable");
            browser.clickAndWait(By.linkText("Home"));
            assertThat(driver.findElement(By.id("signed-in-user")).getText()).isEqualTo("iro.durham");
        } finally {
            platform.restart("permanence-service");
        }
        driver.get(platform.gatewayUrl() + "/children");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Children");
    }

    @Test
    void anAdministratorAddsAUserWhoCanThenSignInAndStopsThem() {
        signIn("admin");
        browser.clickAndWait(By.linkText("Users"));
        assertAccessible("the users page");
        browser.clickAndWait(By.id("add-user"));
        String username = "sw" + UUID.randomUUID().toString().substring(0, 6) + ".leeds";
        driver.findElement(By.id("username")).sendKeys(username);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("role"))).selectByValue("PRACTITIONER");
        driver.findElement(By.id("password")).sendKeys("short");
        browser.clickAndWait(By.id("save-user"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("at least 12 characters");
        assertAccessible("the add-user form with errors");

        driver.findElement(By.id("la")).sendKeys("383");
        driver.findElement(By.id("password")).sendKeys("a-long-first-password");
        browser.clickAndWait(By.id("save-user"));
        assertThat(driver.findElement(By.id("users")).getText()).contains(username, "383", "Active");
        browser.clickAndWait(By.id("sign-out"), platform.gatewayUrl() + "/login?logout");

        driver.get(platform.gatewayUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("a-long-first-password");
        browser.clickAndWait(By.cssSelector("button[type=submit]"), platform.gatewayUrl() + "/");
        assertThat(navigation()).containsExactly("Home", "Caseload", "Children", "Adopters", "Outcomes", "Challenges");
        browser.clickAndWait(By.id("sign-out"), platform.gatewayUrl() + "/login?logout");

        signIn("admin");
        driver.get(platform.gatewayUrl() + "/admin/users");
        browser.clickAndWait(By.id("toggle-" + username));
        assertThat(driver.findElement(By.id("users")).getText()).contains("Stopped");
        browser.clickAndWait(By.id("sign-out"), platform.gatewayUrl() + "/login?logout");
        driver.get(platform.gatewayUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("a-long-first-password");
        browser.clickAndWait(By.cssSelector("button[type=submit]"));
        assertThat(driver.getCurrentUrl()).as("a stopped user cannot sign in").contains("/login?error");
    }

    @Test
    void anAdministratorSeesWhoReadAChildAcrossTheServices() {
        signIn("practitioner.durham");
        recordChild("Q" + UUID.randomUUID().toString().substring(0, 8), "Mia", "Clarke", "2017-09-09");
        String childId = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        browser.clickAndWait(By.id("sign-out"), platform.gatewayUrl() + "/login?logout");

        signIn("admin");
        driver.get(platform.gatewayUrl() + "/admin/audit?recordId=" + childId);
        String trail = driver.findElement(By.id("audit")).getText();
        assertThat(trail).contains("permanence-service", "practitioner.durham", "CREATE child", "READ child");
        assertAccessible("the audit page");
        browser.screenshot("admin-audit");
    }

    @Test
    void anotherLasChildIsNotFound() {
        signIn("practitioner.durham");
        recordChild("X" + UUID.randomUUID().toString().substring(0, 8), "Finn", "Reid", "2018-06-01");
        String childPage = driver.getCurrentUrl();
        assertThat(childPage).contains("/children/");
        browser.clickAndWait(By.id("sign-out"), platform.gatewayUrl() + "/login?logout");

        signIn("practitioner.camden");
        driver.get(childPage);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(driver.getPageSource()).doesNotContain("Finn");
        assertAccessible("the 404 page");
    }

    /** Opens a form folded in a details element, fills its fields (select by value, tick "true"), and sends it. */
    static void fill(String form, String button, String... fieldsAndValues) {
        send(form, button, fieldsAndValues);
        assertThat(driver.findElements(By.cssSelector(".govuk-error-summary"))).as(form + " was refused: "
                + driver.findElements(By.cssSelector(".govuk-error-summary")).stream().map(WebElement::getText)
                .toList()).isEmpty();
    }

    /** As {@link #fill}, for a form the service is expected to refuse: the error summary's text. */
    static String fillRefused(String form, String button, String... fieldsAndValues) {
        send(form, button, fieldsAndValues);
        return driver.findElement(By.cssSelector(".govuk-error-summary")).getText();
    }

    private static void send(String form, String button, String... fieldsAndValues) {
        if (driver.findElements(By.id(form)).isEmpty()) {
            browser.savePage("no-form-" + form);
        }
        WebElement details = driver.findElement(By.id(form));
        if (details.getTagName().equals("details") && details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            WebElement field = details.findElement(By.name(fieldsAndValues[i]));
            String value = fieldsAndValues[i + 1];
            switch (field.getTagName()) {
                case "select" -> new Select(field).selectByValue(value);
                case "input" -> {
                    if ("checkbox".equals(field.getAttribute("type"))) {
                        if ("true".equals(value) != field.isSelected()) {
                            field.click();
                        }
                    } else {
                        field.clear();
                        field.sendKeys(value);
                    }
                }
                default -> {
                    field.clear();
                    field.sendKeys(value);
                }
            }
        }
        browser.clickAndWait(By.id(button));
    }

    static String caseloadFlags(String childId) {
        driver.get(platform.gatewayUrl() + "/caseload");
        return driver.findElement(By.cssSelector("#row-" + childId + " .flags")).getText();
    }

    static void openChild(String childId) {
        driver.get(platform.gatewayUrl() + "/children/" + childId);
    }

    @Test
    void aChildReachesSpecialGuardianshipAfterASettledMoveIsApproved() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String entered = today.minusYears(3).toString();
        signIn("practitioner.durham");
        recordChild("J" + UUID.randomUUID().toString().replace("-", "").substring(0, 9), "Lily", "Parker",
                "2016-04-12");
        String childId = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);

        fill("enter-care", "enter-care-save", "started", entered, "legalStatus", "C2");
        assertThat(driver.findElement(By.id("periods")).getText()).contains(entered, "C2");
        assertThat(caseloadFlags(childId)).as("the first review is long overdue").contains("Overdue");

        openChild(childId);
        fill("plan-form", "plan-save", "primaryRoute", "SPECIAL_GUARDIANSHIP", "parallelRoute", "ADOPTION",
                "decided", today.toString(), "reason", "Grandmother has come forward");
        assertThat(driver.findElement(By.id("parallel-route")).getText()).isEqualTo("ADOPTION");
        assertThat(caseloadFlags(childId)).contains("Plan late");

        openChild(childId);
        fill("start-assessment", "start-assessment-save", "type", "SPECIAL_GUARDIANSHIP", "started",
                today.minusDays(7).toString(), "adultName", "Rose Parker", "adultRelationship", "grandmother",
                "kinship", "true");
        fill("complete-0-viability", "complete-0-viability-save", "completedOn", today.toString(),
                "note", "Positive viability");
        assertThat(driver.findElement(By.cssSelector("tr[id$='-viability']")).getText()).contains("Done");
        assertAccessible("a child's record with an assessment");

        fill("place", "place-save", "startDate", entered, "placementType", "U4", "provider", "PR1",
                "carerName", "Jo and Sam Green", "distanceBand", "INSIDE_LA_UNDER_20_MILES", "weeklyCost", "420",
                "purchaseRoute", "IN_HOUSE");
        fill("propose-move", "propose-move-save", "proposedDate", today.plusDays(7).toString(), "kind", "PLANNED",
                "reason", "CARPL");
        assertThat(driver.findElement(By.id("outstanding-0")).getText())
                .contains("Statutory review of the plan", "IRO's view recorded", "Decision maker's approval");
        assertThat(fillRefused("end-placement", "end-placement-save", "endDate", today.toString(),
                "reasonForChange", "CARPL", "endKind", "PLANNED_MOVE"))
                .as("a move from a settled placement waits for its safeguards").contains("still waiting for");
        assertAccessible("a refused move with its error summary");
        browser.screenshot("settled-move-blocked");

        openChild(childId);
        fill("move-review-0", "move-review-0-save", "date", today.toString());
        fill("move-iro-informed-0", "move-iro-informed-0-save", "date", today.toString());
        fill("move-wishes-0", "move-wishes-0-save", "text", "Lily wants to live with her grandmother");
        browser.clickAndWait(By.id("sign-out"), platform.gatewayUrl() + "/login?logout");

        signIn("iro.durham");
        driver.get(platform.gatewayUrl() + "/queues/iro");
        assertThat(driver.findElement(By.id("queue")).getText()).contains("Lily Parker");
        openChild(childId);
        fill("move-iro-view-0", "move-iro-view-0-save", "text", "The move is in Lily's interests");
        browser.clickAndWait(By.id("sign-out"), platform.gatewayUrl() + "/login?logout");

        signIn("decisions.durham");
        driver.get(platform.gatewayUrl() + "/queues/decisions");
        assertThat(driver.findElement(By.id("queue")).getText()).contains("Lily Parker");
        assertAccessible("the decision maker's queue");
        openChild(childId);
        fill("move-decision-0", "move-decision-0-save", "approved", "true", "reasons", "Wishes and IRO view agree");
        browser.clickAndWait(By.id("sign-out"), platform.gatewayUrl() + "/login?logout");

        signIn("practitioner.durham");
        openChild(childId);
        assertThat(driver.getPageSource()).contains("Nothing outstanding");
        fill("end-placement", "end-placement-save", "endDate", today.toString(), "reasonForChange", "CARPL",
                "endKind", "PLANNED_MOVE");
        fill("permanence-form", "permanence-save", "route", "SPECIAL_GUARDIANSHIP", "date", today.toString(),
                "orderType", "SPECIAL_GUARDIANSHIP_ORDER", "reasonCeased", "E47", "kinshipCarers", "true");
        assertThat(driver.findElement(By.id("permanence")).getText()).contains("SPECIAL_GUARDIANSHIP");
        assertThat(driver.findElement(By.id("periods")).getText()).contains("E47");
        browser.screenshot("permanence-achieved");
        driver.get(platform.gatewayUrl() + "/caseload");
        assertThat(driver.findElements(By.id("row-" + childId))).as("no longer in care").isEmpty();
    }

    @Test
    void aTeamManagerSeesTheTeamsLateChildrenAndFollowsTheCountToTheCaseload() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        signIn("manager.durham");
        recordChild("T" + UUID.randomUUID().toString().replace("-", "").substring(0, 9), "Theo", "Walsh",
                "2015-09-01");
        String childId = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        fill("enter-care", "enter-care-save", "started", today.minusYears(1).toString(), "legalStatus", "C2");

        browser.clickAndWait(By.linkText("Team"));
        assertThat(Integer.parseInt(driver.findElement(By.id("total-children")).getText())).isPositive();
        assertThat(driver.findElement(By.id("workers")).getText()).as("nobody is allocated to Theo yet")
                .contains("Not allocated");
        assertThat(driver.findElement(By.id("routes")).getText()).contains("Special guardianship", "Return home");
        assertAccessible("the team manager's dashboard");
        browser.screenshot("team-dashboard");

        browser.clickAndWait(By.cssSelector("#total-overdue a"));
        assertThat(driver.getCurrentUrl()).contains("/caseload?overdue=true");
        assertThat(driver.findElement(By.cssSelector("#row-" + childId + " .flags")).getText()).contains("Overdue");
    }
}
