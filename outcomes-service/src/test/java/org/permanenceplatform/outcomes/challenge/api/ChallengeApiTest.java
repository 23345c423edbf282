package org.permanenceplatform.outcomes.challenge.api;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.kit.testing.AuthorisationTable;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.kit.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The board challenge log through HTTP, on the real store: a board raises, the LA answers, the board closes and
 * reopens; stale writes, bad input and other scopes are refused; the gauges count what is open and overdue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChallengeApiTest {

    static final String CHALLENGES = "/api/outcomes/challenges";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "challenges");
        properties.add("platform.metrics.initial-delay", () -> "PT0S");
        properties.add("platform.metrics.refresh", () -> "PT0.2S");
    }

    /** The service's clock, moved by the tests. */
    static final class MovingClock extends Clock {
        volatile Instant now = Instant.parse("2026-12-02T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        LocalDate today() {
            return LocalDate.ofInstant(now, getZone());
        }
    }

    @TestConfiguration
    static class Time {
        @Bean
        MovingClock clock() {
            return new MovingClock();
        }
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MovingClock clock;

    final AuthorisationTable tokens = new AuthorisationTable("outcomes-service");
    final TestTokens signer = new TestTokens("outcomes-service");

    HttpApi api() {
        return new HttpApi(port);
    }

    String northEastBoard() {
        return tokens.tokenFor(Role.REGIONAL_BOARD, "840");
    }

    String londonBoard() {
        return signer.sign(claims -> claims.subject("board@london").claim("roles", List.of("REGIONAL_BOARD"))
                .claim("region", "E12000007"));
    }

    String teamManager(String la) {
        return tokens.tokenFor(Role.TEAM_MANAGER, la);
    }

    Reply raise(String token, String target, String indicator, LocalDate due) {
        return api().post(CHALLENGES, token, """
                {"kind": "CHALLENGE", "indicator": "%s", "target": "%s", "period": "2024-25",
                 "text": "Why did A10 lengthen this year?", "due": "%s"}""".formatted(indicator, target, due));
    }

    String raised(String token, String target, LocalDate due) {
        Reply reply = raise(token, target, "adoption_a10", due);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    @Test
    void aBoardRaisesTheLaAnswersAndTheBoardClosesAndReopens() {
        Reply raised = raise(northEastBoard(), "840", "adoption_a10", clock.today().plusDays(14));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        assertThat(raised.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(raised.json().get("raisedBy").asString()).isEqualTo("regional_board@840");
        assertThat(raised.json().get("raisedAt").asString()).isEqualTo(clock.now.toString());
        assertThat(raised.json().get("raisedFor").asString()).isEqualTo("E12000001");
        assertThat(raised.json().get("targetName").asString()).isEqualTo("County Durham");
        String id = raised.json().get("id").asString();
        assertThat(raised.header("Location")).contains(CHALLENGES + "/" + id);

        Reply listed = api().get(CHALLENGES, teamManager("840"));
        assertThat(listed.json().findValuesAsString("id")).contains(id);

        Reply answered = api().post(CHALLENGES + "/" + id + "/answer", teamManager("840"),
                "{\"version\": 1, \"text\": \"Two sibling groups waited for one family\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.json().get("answer").get("by").asString()).isEqualTo("team_manager@840");

        Reply closed = api().post(CHALLENGES + "/" + id + "/close", northEastBoard(), "{\"version\": 2}");
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        Reply answerClosed = api().post(CHALLENGES + "/" + id + "/answer", teamManager("840"),
                "{\"version\": 3, \"text\": \"More\"}");
        assertThat(answerClosed.status()).isEqualTo(422);
        assertThat(answerClosed.body()).contains("\"field\":\"status\"");

        Reply reopened = api().post(CHALLENGES + "/" + id + "/reopen", northEastBoard(), "{\"version\": 3}");
        assertThat(reopened.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(reopened.json().get("answer").get("text").asString()).startsWith("Two sibling groups");
    }

    @Test
    void aChangeMadeFromAnOlderVersionIsRefusedWith409() {
        String id = raised(northEastBoard(), "841", clock.today().plusDays(5));
        assertThat(api().post(CHALLENGES + "/" + id + "/answer", teamManager("841"),
                "{\"version\": 1, \"text\": \"First\"}").status()).isEqualTo(200);
        Reply stale = api().post(CHALLENGES + "/" + id + "/answer", teamManager("841"),
                "{\"version\": 1, \"text\": \"Second, from the old page\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(api().get(CHALLENGES + "/" + id, teamManager("841")).json().get("answer").get("text").asString())
                .isEqualTo("First");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        LocalDate later = clock.today().plusDays(3);
        assertField(raise(northEastBoard(), "840", "no_such_indicator", later), 400, "indicator");
        assertField(raise(northEastBoard(), "XYZ", "adoption_a10", later), 400, "target");
        assertField(raise(northEastBoard(), "840", "adoption_a10", clock.today().minusDays(1)), 422, "due");
        assertField(raise(northEastBoard(), "202", "adoption_a10", later), 422, "target");
        assertField(api().post(CHALLENGES, northEastBoard(), """
                {"kind": "QUERY", "indicator": "adoption_a10", "target": "840", "period": "2024-25",
                 "text": "x", "due": "%s"}""".formatted(later)), 400, "kind");
        assertField(api().post(CHALLENGES, northEastBoard(), """
                {"kind": "ACTION", "indicator": "adoption_a10", "target": "840", "period": "2024",
                 "text": "x", "due": "%s"}""".formatted(later)), 400, "period");
        assertField(api().post(CHALLENGES, northEastBoard(), """
                {"kind": "ACTION", "indicator": "adoption_a10", "target": "840", "period": "2024-25",
                 "due": "%s"}""".formatted(later)), 400, "text");
        String id = raised(northEastBoard(), "840", later);
        assertField(api().post(CHALLENGES + "/" + id + "/answer", teamManager("840"), "{\"text\": \"x\"}"), 400,
                "version");
    }

    @Test
    void theNationalBoardReachesEverywhereAndAnotherScopesChallengeIsNotFound() {
        String national = tokens.tokenFor(Role.NATIONAL_BOARD, "840");
        String england = raised(national, "E92000001", clock.today().plusDays(30));
        String london = raised(national, "E12000007", clock.today().plusDays(30));
        String durham = raised(northEastBoard(), "840", clock.today().plusDays(30));

        assertThat(api().get(CHALLENGES + "/" + durham, teamManager("202")).status()).isEqualTo(404);
        assertThat(api().post(CHALLENGES + "/" + durham + "/answer", teamManager("202"),
                "{\"version\": 1, \"text\": \"x\"}").status()).isEqualTo(404);
        assertThat(api().get(CHALLENGES + "/" + durham, londonBoard()).status()).isEqualTo(404);
        assertThat(api().post(CHALLENGES + "/" + durham + "/close", londonBoard(), "{\"version\": 1}").status())
                .isEqualTo(404);
        assertThat(api().get(CHALLENGES + "/" + london, londonBoard()).status()).isEqualTo(200);
        assertThat(api().get(CHALLENGES + "/" + london, northEastBoard()).status()).isEqualTo(404);
        assertThat(api().get(CHALLENGES + "/" + durham, national).status()).isEqualTo(200);
        // England's and a grouping's challenges are the boards' own: no single LA answers them.
        assertThat(api().get(CHALLENGES + "/" + england, teamManager("202")).status()).isEqualTo(404);
        assertThat(api().get(CHALLENGES, teamManager("202")).json().findValuesAsString("id"))
                .doesNotContain(england, london, durham);
        assertThat(api().get(CHALLENGES, londonBoard()).json().findValuesAsString("id"))
                .contains(london).doesNotContain(durham, england);
        assertThat(api().get(CHALLENGES, national).json().findValuesAsString("id")).contains(england, london, durham);
    }

    @Test
    void theLaSeesItsOverdueChallengesFirstAndTheGaugesCountThem() {
        String answeredEarlier = raised(northEastBoard(), "805", clock.today().plusDays(2));
        String openLater = raised(northEastBoard(), "805", clock.today().plusDays(5));
        api().post(CHALLENGES + "/" + answeredEarlier + "/answer", teamManager("805"),
                "{\"version\": 1, \"text\": \"Done\"}");
        clock.now = clock.now.plus(Duration.ofDays(10));

        Reply listed = api().get(CHALLENGES, teamManager("805"));
        assertThat(listed.json().findValuesAsString("id")).containsExactly(openLater, answeredEarlier);
        assertThat(listed.json().get(0).get("overdue").asBoolean()).isTrue();
        assertThat(listed.json().get(1).get("overdue").asBoolean()).isFalse();

        HttpApi management = new HttpApi(managementPort);
        String overdue = "outcomes_challenges_overdue\\{(?=[^}]*kind=\"CHALLENGE\")(?=[^}]*target=\"805\")[^}]*} 1\\.0";
        String scrape = await().atMost(Duration.ofSeconds(10)).until(() -> management.send(management
                        .request("/actuator/prometheus", null).setHeader("Accept", "text/plain;version=0.0.4")).body(),
                body -> Pattern.compile(overdue).matcher(body).find());
        assertThat(scrape).containsPattern(
                "outcomes_challenges_open\\{(?=[^}]*kind=\"CHALLENGE\")(?=[^}]*target=\"805\")[^}]*} 1\\.0");
    }

    static void assertField(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).as(reply.toString()).contains("\"field\":\"" + field + "\"");
    }
}
