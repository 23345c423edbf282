package org.permanenceplatform.support;

import org.permanenceplatform.kit.events.EventBatch;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds support cases through the service's own doors, as permanence-service's relay and a support worker would,
 * so a test can start from a family in a given state. Every step must succeed; the fixture fails loudly if one does
 * not.
 */
public final class SupportFixtures {

    public static final String CASES = "/api/support/cases";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpApi api;
    private final TestTokens tokens = new TestTokens("support-service");
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    public SupportFixtures(HttpApi api) {
        this.api = api;
    }

    /** A case's id and the version a next change must name. */
    public record Ref(String id, long version, JsonNode body) {
    }

    public LocalDate today() {
        return today;
    }

    public String token(String role, String la) {
        return tokens.token(role.toLowerCase() + "." + la, List.of(role), la);
    }

    public String worker(String la) {
        return token("SUPPORT_WORKER", la);
    }

    public static String localId() {
        return "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
    }

    /** Delivers events as permanence-service's relay does, speaking for the given LA. */
    public Reply deliver(String las, EventEnvelope... events) {
        String token = tokens.sign(claims -> claims.subject("service:permanence-service")
                .claim("scope", "events:write").claim("las", List.of(las)));
        return api.post("/events/v1", token, JSON.writeValueAsString(new EventBatch(List.of(events))));
    }

    /** permanence-service's {@code la.permanence.achieved} for a child of {@code la}. */
    public static EventEnvelope achieved(String childId, String la, String localChildId, String route,
                                         LocalDate date) {
        return EventEnvelope.of("la.permanence.achieved", 1, Instant.parse("2026-01-23T10:00:00Z"),
                "permanence-service", childId, 1, la, Map.of("localChildId", localChildId, "givenName", "Mia",
                        "familyName", "Hughes", "dateOfBirth", "2018-05-04", "permanenceId", UUID.randomUUID().toString(),
                        "route", route, "date", date.toString(), "orderType", "SPECIAL_GUARDIANSHIP_ORDER",
                        "kinshipCarers", true, "household", Map.of("adults", List.of(Map.of("name", "Ann Hughes",
                                "relationshipToChild", "grandmother")), "address", "1 High Street")));
    }

    /** A case opened by the permanence-achieved event of a child of {@code la}, by {@code route}. */
    public Ref referred(String la, String route) {
        String localId = localId();
        Reply delivered = deliver(la, achieved(UUID.randomUUID().toString(), la, localId, route,
                today.minusMonths(6)));
        assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
        return read(la, caseIdOf(la, localId));
    }

    public static String caseIdOf(String la, String localChildId) {
        return org.permanenceplatform.support.supportcase.domain.SupportCase.idOf(la, localChildId);
    }

    public Ref read(String la, String id) {
        Reply reply = api.get(CASES + "/" + id, worker(la));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return new Ref(id, reply.json().get("version").asLong(), reply.json());
    }

    /** Calls a change on the case as its LA's support worker and returns the new reference; it must succeed. */
    public Ref act(String la, Ref supportCase, String path, String fields) {
        Reply reply = post(worker(la), supportCase, path, fields);
        assertThat(reply.status()).as(path + ": " + reply).isBetween(200, 299);
        return new Ref(supportCase.id(), reply.json().get("version").asLong(), reply.json());
    }

    public Reply post(String token, Ref supportCase, String path, String fields) {
        String body = "{\"version\": " + supportCase.version() + (fields.isBlank() ? "" : ", " + fields) + "}";
        return api.post(CASES + "/" + supportCase.id() + path, token, body);
    }

    /** A routine request received {@code daysAgo} days ago. */
    public Ref requested(String la, Ref supportCase, String category, int daysAgo) {
        return act(la, supportCase, "/requests", """
                "received": "%s", "requester": "FAMILY", "category": "%s", "urgency": "ROUTINE",
                "summary": "Asked for help\"""".formatted(today.minusDays(daysAgo), category));
    }

    public static String lastRequestId(Ref supportCase) {
        JsonNode requests = supportCase.body().get("requests");
        return requests.get(requests.size() - 1).get("request").get("id").asString();
    }

    public static String last(Ref supportCase, String part) {
        JsonNode items = supportCase.body().get(part);
        return items.get(items.size() - 1).get("id").asString();
    }
}
