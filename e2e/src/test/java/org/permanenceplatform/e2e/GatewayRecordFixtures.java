package org.permanenceplatform.e2e;

import org.permanenceplatform.kit.testing.HttpApi.Reply;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds children's records through the gateway, as Durham's permanence team, IRO and decision maker would, so a
 * test can start from a child in a given state. Every step must succeed; the fixture fails loudly if one does not.
 */
final class GatewayRecordFixtures {

    static final String CHILDREN = "/api/permanence/children";

    private final GatewayUser practitioner;
    private final GatewayUser iro;
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    GatewayRecordFixtures(GatewayUser practitioner, GatewayUser iro) {
        this.practitioner = practitioner;
        this.iro = iro;
    }

    /** A child's id, the version a next change must name, and the whole record as last answered. */
    record Ref(String id, long version, JsonNode record) {
    }

    LocalDate today() {
        return today;
    }

    static String newLocalId() {
        return "G" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
    }

    static String childBody(String localId) {
        return """
                {"localChildId": "%s", "givenName": "Mia", "familyName": "Hughes", "dateOfBirth": "2018-05-04",
                 "sex": "FEMALE", "ethnicity": "WBRI", "allocatedWorker": "practitioner.durham"}""".formatted(localId);
    }

    /** A child recorded, never in care. */
    Ref recorded() {
        Reply created = practitioner.post(CHILDREN, childBody(newLocalId()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return read(created.json().get("id").asString());
    }

    /** A child recorded and in care since {@code entered}, under a full care order. */
    Ref inCare(LocalDate entered) {
        return act(practitioner, recorded(), "/periods", "\"started\": \"%s\", \"legalStatus\": \"C2\"".formatted(entered));
    }

    Ref read(String id) {
        Reply read = practitioner.get(CHILDREN + "/" + id);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return new Ref(id, read.json().get("version").asLong(), read.json());
    }

    /** The body of a change to the child's record: the version it is made from, then the change's own fields. */
    static String change(long version, String fields) {
        return "{\"version\": " + version + (fields.isBlank() ? "" : ", " + fields) + "}";
    }

    /** The plan and education facts are replaced (PUT); every other change to a record is a POST of an event. */
    static String methodOf(String path) {
        return path.equals("/plan") || path.startsWith("/education/") ? "PUT" : "POST";
    }

    /** A change to the child's record made from its current version; it may be refused. */
    Reply attempt(GatewayUser as, Ref child, String path, String fields) {
        return as.send(methodOf(path), CHILDREN + "/" + child.id() + path, change(child.version(), fields));
    }

    /** A change to the child's record that must succeed; answers the new reference. */
    Ref act(GatewayUser as, Ref child, String path, String fields) {
        Reply reply = attempt(as, child, path, fields);
        assertThat(reply.status()).as(path + " as " + as + ": " + reply).isBetween(200, 299);
        return new Ref(child.id(), reply.json().get("version").asLong(), reply.json());
    }

    Ref withPlan(Ref child, String primary, String parallel) {
        return act(practitioner, child, "/plan", """
                "primaryRoute": "%s", "parallelRoute": %s, "decided": "%s", "reason": "Agreed at the review\""""
                .formatted(primary, parallel == null ? "null" : "\"" + parallel + "\"", today));
    }

    /** An open in-house foster placement of the given DfE type. */
    Ref placed(Ref child, LocalDate start, String type) {
        return act(practitioner, child, "/placements", """
                "startDate": "%s", "placementType": "%s", "provider": "PR1", "carerName": "Jo and Sam Green",
                "distanceBand": "INSIDE_LA_UNDER_20_MILES", "weeklyCost": 450.00, "purchaseRoute": "IN_HOUSE\""""
                .formatted(start, type));
    }

    /** A child living in a foster placement for 3 years, with a planned move proposed for next week. */
    Ref settledMoveProposed() {
        LocalDate entered = today.minusYears(3);
        Ref child = placed(withPlan(inCare(entered), "LONG_TERM_FOSTERING", null), entered, "U4");
        return act(practitioner, child, "/moves", """
                "placementId": "%s", "proposedDate": "%s", "kind": "PLANNED", "reason": "CARPL\""""
                .formatted(openPlacementId(child), today.plusWeeks(1)));
    }

    /** A child in care for 2 months, planned for special guardianship, whose SGO assessment started a week ago. */
    Ref sgoAssessmentStarted() {
        Ref child = withPlan(inCare(today.minusMonths(2)), "SPECIAL_GUARDIANSHIP", "ADOPTION");
        return act(practitioner, child, "/assessments", """
                "type": "SPECIAL_GUARDIANSHIP", "started": "%s",
                "household": {"adults": [{"name": "Ann Hughes", "relationshipToChild": "maternal grandmother"}],
                              "address": "1 High Street, Durham", "kinship": true}""".formatted(today.minusWeeks(1)));
    }

    /** A child in care with a kinship assessment whose viability stage is done: temporary approval is next. */
    Ref kinshipAwaitingTemporaryApproval() {
        Ref child = withPlan(inCare(today.minusMonths(1)), "KINSHIP", null);
        child = act(practitioner, child, "/assessments", """
                "type": "KINSHIP", "started": "%s",
                "household": {"adults": [{"name": "Tom Hughes", "relationshipToChild": "uncle"}], "kinship": true}"""
                .formatted(today.minusWeeks(3)));
        return act(practitioner, child, "/assessments/" + lastAssessmentId(child) + "/stages/viability/complete",
                "\"completedOn\": \"%s\"".formatted(today.minusWeeks(2)));
    }

    static String openPlacementId(Ref child) {
        for (JsonNode placement : child.record().get("placements")) {
            if (placement.path("endDate").isNull() || placement.path("endDate").isMissingNode()) {
                return placement.get("id").asString();
            }
        }
        throw new AssertionError("no open placement in " + child.record());
    }

    static String lastMoveId(Ref child) {
        return last(child, "moves");
    }

    static String lastAssessmentId(Ref child) {
        return last(child, "assessments");
    }

    private static String last(Ref child, String list) {
        JsonNode items = child.record().get(list);
        return items.get(items.size() - 1).get("id").asString();
    }
}
