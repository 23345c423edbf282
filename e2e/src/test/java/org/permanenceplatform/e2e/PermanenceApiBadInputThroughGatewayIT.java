package org.permanenceplatform.e2e;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.permanenceplatform.e2e.GatewayRecordFixtures.Ref;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.e2e.GatewayRecordFixtures.CHILDREN;
import static org.permanenceplatform.e2e.GatewayRecordFixtures.change;
import static org.permanenceplatform.e2e.GatewayRecordFixtures.childBody;
import static org.permanenceplatform.e2e.GatewayRecordFixtures.lastAssessmentId;
import static org.permanenceplatform.e2e.GatewayRecordFixtures.lastMoveId;
import static org.permanenceplatform.e2e.GatewayRecordFixtures.newLocalId;
import static org.permanenceplatform.e2e.GatewayRecordFixtures.openPlacementId;

/**
 * Bad input to every endpoint of permanence-service that takes a body or parameters, sent through the gateway as the
 * Durham demo user whose work it is. Each is answered with a 4xx {@code application/problem+json} of the type
 * docs/api/problems.md gives, naming the field at fault, and a read of the record afterwards shows it at the version
 * it had: nothing of the refused call was kept. No call may answer 5xx ({@link GatewayUser}).
 */
class PermanenceApiBadInputThroughGatewayIT extends SignedInAsDurham {

    @TestFactory
    Stream<DynamicTest> badInputToRecordOrCorrectAChildIsRefusedNamingTheField() {
        Ref child = fixtures.inCare(today.minusMonths(1)); // at version 2, so version 1 is stale
        String path = CHILDREN + "/" + child.id();
        String taken = child.record().get("localChildId").asString();
        return Stream.of(
                creationRefused("a missing given name", "\"givenName\": \"Mia\", ", "", 400, "givenName"),
                creationRefused("a date of birth in the future", "2018-05-04", today.plusDays(1).toString(), 400,
                        "dateOfBirth"),
                creationRefused("an unknown sex code", "FEMALE", "F", 400, "sex"),
                creationRefused("an unknown field", "\"sex\"", "\"colour\": \"blue\", \"sex\"", 400, "colour"),
                refused("a local child id another child has", () -> practitioner.post(CHILDREN, childBody(taken)),
                        409, null, null),
                refused("a correction from a stale version", () -> practitioner.put(path, change(child.version() - 1,
                        correction("2018-05-04", "WBRI"))), 409, null, child),
                refused("a correction without a version", () -> practitioner.put(path,
                        "{" + correction("2018-05-04", "WBRI") + "}"), 400, "version", child),
                refused("a corrected date of birth in the future", () -> practitioner.put(path,
                        change(child.version(), correction(today.plusDays(1).toString(), "WBRI"))), 400,
                        "dateOfBirth", child),
                refused("an unknown ethnicity code", () -> practitioner.put(path,
                        change(child.version(), correction("2018-05-04", "XXXX"))), 400, "ethnicity", child),
                refused("a correction that is not JSON", () -> practitioner.put(path, "{\"version\": 1,"), 400, null,
                        child),
                refused("a child that does not exist", () -> practitioner.get(CHILDREN + "/no-such-child"), 404,
                        null, null));
    }

    @TestFactory
    Stream<DynamicTest> badInputAboutCareThePlanOrEducationIsRefusedNamingTheField() {
        Ref child = fixtures.withPlan(fixtures.inCare(today.minusYears(1)), "ADOPTION", null);
        String date = "\"%s\"".formatted(today);
        String tomorrow = "\"%s\"".formatted(today.plusDays(1));
        return Stream.of(
                refused("entering care in the future", practitioner, child, "/periods",
                        "\"started\": " + tomorrow + ", \"legalStatus\": \"C2\"", 400, "started"),
                refused("entering care under an unknown legal status", practitioner, child, "/periods",
                        "\"started\": " + date + ", \"legalStatus\": \"Z9\"", 400, "legalStatus"),
                refused("entering care while already in care", practitioner, child, "/periods",
                        "\"started\": " + date + ", \"legalStatus\": \"C2\"", 422, "started"),
                refused("a legal status from a date that is not a date", practitioner, child,
                        "/periods/current/legal-statuses", "\"from\": \"not-a-date\", \"legalStatus\": \"E1\"", 400,
                        "from"),
                refused("a legal status change without the status", practitioner, child,
                        "/periods/current/legal-statuses", "\"from\": " + date, 400, "legalStatus"),
                refused("leaving care by adoption without recording permanence", practitioner, child,
                        "/periods/current/end", "\"ended\": " + date + ", \"reasonCeased\": \"E11\"", 422,
                        "reasonCeased"),
                refused("leaving care in the future", practitioner, child, "/periods/current/end",
                        "\"ended\": " + tomorrow + ", \"reasonCeased\": \"E3\"", 400, "ended"),
                refused("a review held before the child entered care", iro, child, "/reviews",
                        "\"held\": \"%s\"".formatted(today.minusYears(2)), 422, "held"),
                refused("a review recorded from a stale version", () -> iro.post(CHILDREN + "/" + child.id()
                        + "/reviews", change(child.version() - 1, "\"held\": " + date)), 409, null, child),
                refused("a parallel route that is the primary route", practitioner, child, "/plan",
                        plan("\"ADOPTION\"", "\"ADOPTION\"", date), 422, "parallelRoute"),
                refused("an unknown route", practitioner, child, "/plan", plan("\"ELSEWHERE\"", "null", date), 400,
                        "primaryRoute"),
                refused("a plan decided in the future", practitioner, child, "/plan",
                        plan("\"ADOPTION\"", "null", tomorrow), 400, "decided"),
                refused("a plan with a field the API does not have", practitioner, child, "/plan",
                        plan("\"ADOPTION\"", "null", date) + ", \"colour\": \"blue\"", 400, "colour"),
                refused("a plan without a version", () -> practitioner.put(CHILDREN + "/" + child.id() + "/plan",
                        "{" + plan("\"ADOPTION\"", "null", date) + "}"), 400, "version", child),
                refused("education for a year written wrongly", virtualSchool, child, "/education/2024-26",
                        "\"suspensions\": 0", 400, "year"),
                refused("education for a year that has not started", virtualSchool, child,
                        "/education/" + academicYear(today.getYear() + 1), "\"suspensions\": 0", 400, "year"),
                refused("a negative number of suspensions", virtualSchool, child, "/education/" + lastAcademicYear(),
                        "\"suspensions\": -1", 400, "suspensions"),
                refused("permanence by a route outside the plan", practitioner, child, "/permanence",
                        "\"route\": \"RETURN_HOME\", \"date\": " + date
                                + ", \"orderType\": \"CARE_ORDER_DISCHARGED\", \"reasonCeased\": \"E4A\"", 422,
                        "route"),
                refused("permanence by an unknown order", practitioner, child, "/permanence",
                        "\"route\": \"ADOPTION\", \"date\": " + date + ", \"orderType\": \"DECREE\"", 400,
                        "orderType"),
                refused("permanence in the future", practitioner, child, "/permanence",
                        "\"route\": \"ADOPTION\", \"date\": " + tomorrow + ", \"orderType\": \"ADOPTION_ORDER\","
                                + " \"reasonCeased\": \"E11\"", 400, "date"));
    }

    @TestFactory
    Stream<DynamicTest> badInputAboutAnAssessmentIsRefusedNamingTheField() {
        Ref kinship = fixtures.kinshipAwaitingTemporaryApproval();
        String assessment = "/assessments/" + lastAssessmentId(kinship);
        kinship = fixtures.act(decisionMaker, kinship, assessment + "/stages/temporary-approval/complete",
                "\"completedOn\": \"%s\"".formatted(today));
        Ref child = fixtures.act(decisionMaker, kinship, assessment + "/stages/full-assessment/extensions",
                "\"weeks\": 8, \"reason\": \"Panel date moved\"");
        String date = "\"%s\"".formatted(today);
        return Stream.of(
                refused("an assessment of prospective adopters for a child", practitioner, child, "/assessments",
                        "\"type\": \"ADOPTER_APPROVAL\", \"started\": " + date, 400, "type"),
                refused("a household without adults", practitioner, child, "/assessments",
                        "\"type\": \"KINSHIP\", \"started\": " + date + ", \"household\": {\"adults\": []}", 400,
                        "household.adults"),
                refused("an assessment started before the child entered care", practitioner, child, "/assessments",
                        "\"type\": \"KINSHIP\", \"started\": \"%s\"".formatted(today.minusYears(1)), 422, "started"),
                refused("a stage the assessment does not have", practitioner, child,
                        assessment + "/stages/flying/complete", "\"completedOn\": " + date, 422, "stage"),
                refused("a stage completed in the future", practitioner, child,
                        assessment + "/stages/full-assessment/complete",
                        "\"completedOn\": \"%s\"".formatted(today.plusDays(1)), 400, "completedOn"),
                refused("an extension longer than 8 weeks", decisionMaker, child,
                        assessment + "/stages/full-assessment/extensions", "\"weeks\": 9, \"reason\": \"Panel\"", 400,
                        "weeks"),
                refused("a second extension where the law allows one", decisionMaker, child,
                        assessment + "/stages/full-assessment/extensions", "\"weeks\": 1, \"reason\": \"Again\"", 422,
                        "weeks"),
                refused("a blank recommendation", practitioner, child, assessment + "/recommendation",
                        "\"recommendation\": \" \"", 400, "recommendation"),
                refused("a recommendation on an assessment the child does not have", practitioner, child,
                        "/assessments/no-such-assessment/recommendation", "\"recommendation\": \"Approve\"", 422,
                        "assessmentId"),
                refused("closing with an outcome that follows from permanence", practitioner, child,
                        assessment + "/close", "\"outcome\": \"APPROVED\", \"closedOn\": " + date
                                + ", \"reason\": \"Done\"", 400, "outcome"),
                refused("closing without a reason", practitioner, child, assessment + "/close",
                        "\"outcome\": \"WITHDRAWN\", \"closedOn\": " + date, 400, "reason"));
    }

    @TestFactory
    Stream<DynamicTest> badInputAboutAPlacementOrAMoveIsRefusedNamingTheField() {
        Ref child = fixtures.settledMoveProposed();
        String placement = "/placements/" + openPlacementId(child);
        String move = "/moves/" + lastMoveId(child);
        String date = "\"%s\"".formatted(today);
        return Stream.of(
                refused("an unknown placement type", practitioner, child, "/placements",
                        placementOf(date, "Z9"), 400, "placementType"),
                refused("an adoptive placement without a placement order", practitioner, child, "/placements",
                        placementOf(date, "A5"), 422, "placementType"),
                refused("a placement starting in the future", practitioner, child, "/placements",
                        placementOf("\"%s\"".formatted(today.plusDays(1)), "U4"), 400, "startDate"),
                refused("ending a settled placement without an approved move", practitioner, child,
                        placement + "/end", "\"endDate\": " + date + ", \"reasonForChange\": \"CARPL\", "
                                + "\"endKind\": \"PLANNED_MOVE\", \"moveId\": \"%s\"".formatted(lastMoveId(child)), 422,
                        "moveId"),
                refused("ending a placement without saying how it ended", practitioner, child, placement + "/end",
                        "\"endDate\": " + date, 400, "endKind"),
                refused("a move from no placement", practitioner, child, "/moves", moveFrom("", date), 400,
                        "placementId"),
                refused("a move of an unknown kind", practitioner, child, "/moves",
                        moveFrom(openPlacementId(child), date).replace("PLANNED", "SOMETIME"), 400, "kind"),
                refused("a second move from a placement already being moved from", practitioner, child, "/moves",
                        moveFrom(openPlacementId(child), date), 422, "placementId"),
                refused("a move from a placement the child does not have", practitioner, child, "/moves",
                        moveFrom("no-such-placement", date), 422, "placementId"),
                refused("a step of a move the child does not have", iro, child, "/moves/no-such-move/challenges",
                        "\"text\": \"Why?\"", 422, "moveId"),
                refused("a review of the move held in the future", iro, child, move + "/review",
                        "\"date\": \"%s\"".formatted(today.plusDays(1)), 400, "date"),
                refused("the IRO told on no date", practitioner, child, move + "/iro-informed", "", 400, "date"),
                refused("the child's wishes left blank", practitioner, child, move + "/child-wishes",
                        "\"text\": \"\"", 400, "text"),
                refused("an IRO view longer than 4000 characters", iro, child, move + "/iro-view",
                        "\"text\": \"%s\"".formatted("x".repeat(4001)), 400, "text"),
                refused("a challenge that is not text", iro, child, move + "/challenges", "\"text\": [1, 2]", 400,
                        "text"),
                refused("an answer to a challenge never raised", practitioner, child, move + "/challenges/9/answer",
                        "\"text\": \"Done\"", 422, "number"),
                refused("an answer to a challenge that is not a number", practitioner, child,
                        move + "/challenges/first/answer", "\"text\": \"Done\"", 400, "number"),
                refused("approval before the child's wishes and the IRO's view", decisionMaker, child,
                        move + "/decision", "\"approved\": true, \"reasons\": \"Agreed\"", 422, "approved"),
                refused("a decision that neither approves nor refuses", decisionMaker, child, move + "/decision",
                        "\"reasons\": \"Agreed\"", 400, "approved"));
    }

    @TestFactory
    Stream<DynamicTest> badQueryParametersAreRefusedNamingTheParameter() {
        return Stream.of(
                refused("a list of no children", () -> practitioner.get(CHILDREN + "?limit=0"), 400, "limit", null),
                refused("a list limit that is not a number", () -> practitioner.get(CHILDREN + "?limit=many"), 400,
                        "limit", null),
                refused("a list from a negative offset", () -> practitioner.get(CHILDREN + "?offset=-1"), 400,
                        "offset", null),
                refused("a caseload by an unknown route", () -> practitioner.get(
                        "/api/permanence/caseload?route=SOMEWHERE"), 400, "route", null),
                refused("a caseload by a stage key that is not one", () -> practitioner.get(
                        "/api/permanence/caseload?stage=Not%20A%20Stage"), 400, "stage", null),
                refused("a caseload by overdue that is neither true nor false", () -> practitioner.get(
                        "/api/permanence/caseload?overdue=perhaps"), 400, "overdue", null),
                refused("an audit search from a time that is not one", () -> admin.get(
                        "/api/permanence/audit?from=yesterday"), 400, "from", null),
                refused("an audit search of no rows", () -> admin.get("/api/permanence/audit?limit=0"), 400, "limit",
                        null));
    }

    /** A change to the child's record that must be refused with a problem naming {@code field}. */
    static DynamicTest refused(String behaviour, GatewayUser as, Ref child, String path, String fields, int status,
                               String field) {
        return refused(behaviour, () -> fixtures.attempt(as, child, path, fields), status, field, child);
    }

    /**
     * A call that must be refused: {@code status}, a problem naming {@code field} (null for a problem about the
     * request as a whole), and {@code unchanged}, when given, still at its version afterwards.
     */
    static DynamicTest refused(String behaviour, Supplier<Reply> call, int status, String field, Ref unchanged) {
        return DynamicTest.dynamicTest("refuses " + behaviour, () -> {
            Reply reply = call.get();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("type").asString()).as(reply.toString())
                    .isEqualTo("https://permanenceplatform.org/problems/" + problemType(status, field));
            if (field != null) {
                assertThat(fieldsAtFault(reply.json())).as(reply.toString()).contains(field);
            }
            if (unchanged != null) {
                assertThat(fixtures.read(unchanged.id()).version()).as("nothing of the refused call was kept")
                        .isEqualTo(unchanged.version());
            }
        });
    }

    /**
     * A new child that must be refused: {@code wrong} replaces {@code right} in a good body. Afterwards the same
     * local child id is recorded without conflict: nothing of the refused call was kept.
     */
    static DynamicTest creationRefused(String behaviour, String right, String wrong, int status, String field) {
        String localId = newLocalId();
        String good = childBody(localId);
        assertThat(good).contains(right);
        return refused(behaviour, () -> {
            Reply reply = practitioner.post(CHILDREN, good.replace(right, wrong));
            Reply afterwards = practitioner.post(CHILDREN, good);
            assertThat(afterwards.status()).as("the same child recorded afterwards: " + afterwards).isEqualTo(201);
            return reply;
        }, status, field, null);
    }

    /** The problem type (docs/api/problems.md) that answers a refusal with this status, naming a field or not. */
    static String problemType(int status, String field) {
        return switch (status) {
            case 400 -> field == null ? "malformed-request" : "validation";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 422 -> "rule-not-met";
            default -> throw new IllegalArgumentException("no refusal is answered " + status);
        };
    }

    static List<String> fieldsAtFault(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }

    static String correction(String dateOfBirth, String ethnicity) {
        return """
                "givenName": "Mia", "familyName": "Hughes", "dateOfBirth": "%s", "sex": "FEMALE", "ethnicity": "%s\""""
                .formatted(dateOfBirth, ethnicity);
    }

    static String plan(String primary, String parallel, String decided) {
        return "\"primaryRoute\": %s, \"parallelRoute\": %s, \"decided\": %s, \"reason\": \"Agreed\""
                .formatted(primary, parallel, decided);
    }

    static String placementOf(String start, String type) {
        return "\"startDate\": %s, \"placementType\": \"%s\", \"provider\": \"PR1\", \"distanceBand\": \"UNKNOWN\""
                .formatted(start, type);
    }

    static String moveFrom(String placementId, String date) {
        return "\"placementId\": \"%s\", \"proposedDate\": %s, \"kind\": \"PLANNED\", \"reason\": \"CARPL\""
                .formatted(placementId, date);
    }
}
