package org.permanenceplatform.permanence;

import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.TestTokens;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds children's records through the API, as the permanence team, the IRO and the decision maker would, so a test
 * can start from a child in a given state. Every step must succeed; the fixture fails loudly if one does not.
 */
public final class RecordFixtures {

    public static final String CHILDREN = "/api/permanence/children";

    private final HttpApi api;
    private final TestTokens tokens = new TestTokens("permanence-service");
    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    public RecordFixtures(HttpApi api) {
        this.api = api;
    }

    /** A child's id and the version a next change must name. */
    public record Ref(String id, long version, JsonNode record) {
    }

    public String token(String role, String la) {
        return tokens.token(role.toLowerCase() + "." + la, List.of(role), la);
    }

    public LocalDate today() {
        return today;
    }

    public static String localId() {
        return "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
    }

    /** A child recorded and in care since {@code entered}, under a full care order. */
    public Ref inCare(String la, LocalDate entered) {
        Reply created = api.post(CHILDREN, token("PRACTITIONER", la), """
                {"localChildId": "%s", "givenName": "Mia", "familyName": "Hughes", "dateOfBirth": "2018-05-04",
                 "sex": "FEMALE", "ethnicity": "WBRI", "allocatedWorker": "practitioner.%s"}"""
                .formatted(localId(), la));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        return act("PRACTITIONER", la, id, "/periods", 1, """
                "started": "%s", "legalStatus": "C2\"""".formatted(entered));
    }

    /** Calls a change on the child's record as a role and returns the new reference; the change must succeed. */
    public Ref act(String role, String la, String id, String path, long version, String fields) {
        Reply reply = post(role, la, id, path, version, fields);
        assertThat(reply.status()).as(path + " as " + role + ": " + reply).isBetween(200, 299);
        return new Ref(id, reply.json().get("version").asLong(), reply.json());
    }

    public Ref act(String role, String la, Ref child, String path, String fields) {
        return act(role, la, child.id(), path, child.version(), fields);
    }

    public Reply post(String role, String la, String id, String path, long version, String fields) {
        String body = "{\"version\": " + version + (fields.isBlank() ? "" : ", " + fields) + "}";
        return path.equals("/plan") ? api.put(CHILDREN + "/" + id + path, token(role, la), body)
                : path.startsWith("/education/") ? api.put(CHILDREN + "/" + id + path, token(role, la), body)
                : api.post(CHILDREN + "/" + id + path, token(role, la), body);
    }

    public Ref withPlan(String la, Ref child, String primary, String parallel) {
        return act("PRACTITIONER", la, child, "/plan", """
                "primaryRoute": "%s", "parallelRoute": %s, "decided": "%s", "reason": "Agreed at the review\""""
                .formatted(primary, parallel == null ? "null" : "\"" + parallel + "\"", today));
    }

    /** An open in-house foster placement with the same start as the period of care. */
    public Ref placed(String la, Ref child, LocalDate start, String type) {
        return act("PRACTITIONER", la, child, "/placements", """
                "startDate": "%s", "placementType": "%s", "provider": "PR1", "carerName": "Jo and Sam Green",
                "distanceBand": "INSIDE_LA_UNDER_20_MILES", "weeklyCost": 450.00, "purchaseRoute": "IN_HOUSE\""""
                .formatted(start, type));
    }

    public static String openPlacementId(Ref child) {
        for (JsonNode placement : child.record().get("placements")) {
            if (placement.path("endDate").isNull() || placement.path("endDate").isMissingNode()) {
                return placement.get("id").asString();
            }
        }
        throw new AssertionError("no open placement in " + child.record());
    }

    public static String lastMoveId(Ref child) {
        JsonNode moves = child.record().get("moves");
        return moves.get(moves.size() - 1).get("id").asString();
    }

    public static String lastAssessmentId(Ref child) {
        JsonNode assessments = child.record().get("assessments");
        return assessments.get(assessments.size() - 1).get("id").asString();
    }

    /** A child living in a foster placement for 3 years, with a planned move proposed for next week. */
    public Ref settledMoveProposed(String la) {
        LocalDate entered = today.minusYears(3);
        Ref child = placed(la, withPlan(la, inCare(la, entered), "LONG_TERM_FOSTERING", null), entered, "U4");
        return act("PRACTITIONER", la, child, "/moves", """
                "placementId": "%s", "proposedDate": "%s", "kind": "PLANNED", "reason": "CARPL\""""
                .formatted(openPlacementId(child), today.plusWeeks(1)));
    }

    /** As {@link #settledMoveProposed}, with the child's wishes and the IRO's view recorded: ready for a decision. */
    public Ref settledMoveReadyForDecision(String la) {
        Ref child = settledMoveProposed(la);
        String move = "/moves/" + lastMoveId(child);
        child = act("PRACTITIONER", la, child, move + "/child-wishes", "\"text\": \"Mia wants to stay near school\"");
        return act("IRO", la, child, move + "/iro-view", "\"text\": \"The move is in Mia's interests\"");
    }

    /** A child in care for 2 months with an SGO assessment started a week ago. */
    public Ref sgoAssessmentStarted(String la) {
        Ref child = withPlan(la, inCare(la, today.minusMonths(2)), "SPECIAL_GUARDIANSHIP", "ADOPTION");
        return act("PRACTITIONER", la, child, "/assessments", """
                "type": "SPECIAL_GUARDIANSHIP", "started": "%s",
                "household": {"adults": [{"name": "Ann Hughes", "relationshipToChild": "maternal grandmother"}],
                              "address": "1 High Street, Durham", "kinship": true}""".formatted(today.minusWeeks(1)));
    }

    /** A child in care with a kinship assessment whose viability stage is done: temporary approval is next. */
    public Ref kinshipAwaitingTemporaryApproval(String la) {
        Ref child = withPlan(la, inCare(la, today.minusMonths(1)), "KINSHIP", null);
        child = act("PRACTITIONER", la, child, "/assessments", """
                "type": "KINSHIP", "started": "%s",
                "household": {"adults": [{"name": "Tom Hughes", "relationshipToChild": "uncle"}], "kinship": true}"""
                .formatted(today.minusWeeks(3)));
        return act("PRACTITIONER", la, child, "/assessments/" + lastAssessmentId(child) + "/stages/viability/complete",
                "\"completedOn\": \"%s\"".formatted(today.minusWeeks(2)));
    }
}
