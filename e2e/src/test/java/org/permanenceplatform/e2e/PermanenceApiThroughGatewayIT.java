package org.permanenceplatform.e2e;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.e2e.GatewayRecordFixtures.Ref;
import org.permanenceplatform.kit.testing.HttpApi.Reply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.e2e.GatewayRecordFixtures.CHILDREN;
import static org.permanenceplatform.e2e.GatewayRecordFixtures.change;
import static org.permanenceplatform.e2e.GatewayRecordFixtures.childBody;
import static org.permanenceplatform.e2e.GatewayRecordFixtures.lastAssessmentId;
import static org.permanenceplatform.e2e.GatewayRecordFixtures.lastMoveId;
import static org.permanenceplatform.e2e.GatewayRecordFixtures.newLocalId;
import static org.permanenceplatform.e2e.GatewayRecordFixtures.openPlacementId;

/**
 * Every endpoint of permanence-service called through the gateway, as the Durham demo user whose work it is, with
 * good input: the answer is a 2xx holding what that user came for. Bad input to the same endpoints is in
 * {@link PermanenceApiBadInputThroughGatewayIT}; no call of either may answer 5xx ({@link GatewayUser}).
 */
class PermanenceApiThroughGatewayIT extends SignedInAsDurham {

    @Test
    void aPractitionerRecordsAChildFindsItInTheListReadsItAndCorrectsIt() {
        String localId = newLocalId();
        Reply created = practitioner.post(CHILDREN, childBody(localId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("laCode").asString()).isEqualTo("840");
        String id = created.json().get("id").asString();

        Reply list = practitioner.get(CHILDREN + "?limit=500");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsString("localChildId")).contains(localId);

        Ref child = fixtures.read(id);
        assertThat(child.record().get("localChildId").asString()).isEqualTo(localId);
        Reply corrected = practitioner.put(CHILDREN + "/" + id, change(child.version(), """
                "givenName": "Mia", "familyName": "Hughes-Patel", "dateOfBirth": "2018-05-04", "sex": "FEMALE",
                "ethnicity": "WBRI\""""));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("familyName").asString()).isEqualTo("Hughes-Patel");
        assertThat(corrected.json().get("version").asLong()).isEqualTo(child.version() + 1);
    }

    @Test
    void aChildEntersCareChangesLegalStatusIsReviewedByTheIroAndLeavesCare() {
        Ref child = fixtures.act(practitioner, fixtures.recorded(), "/periods", """
                "started": "%s", "legalStatus": "V2\"""".formatted(today.minusMonths(2)));
        assertThat(child.record().at("/periods/0/started").asString()).isEqualTo(today.minusMonths(2).toString());

        child = fixtures.act(practitioner, child, "/periods/current/legal-statuses", """
                "from": "%s", "legalStatus": "C2\"""".formatted(today.minusMonths(1)));
        assertThat(child.record().at("/periods/0/legalStatuses/1/status").asString()).isEqualTo("C2");

        child = fixtures.act(iro, child, "/reviews", "\"held\": \"%s\"".formatted(today.minusWeeks(1)));
        assertThat(child.record().at("/periods/0/reviewsHeld/0").asString())
                .isEqualTo(today.minusWeeks(1).toString());

        child = fixtures.act(practitioner, child, "/periods/current/end", """
                "ended": "%s", "reasonCeased": "E3\"""".formatted(today));
        assertThat(child.record().at("/periods/0/ended").asString()).isEqualTo(today.toString());
        assertThat(child.record().at("/periods/0/reasonCeased").asString()).isEqualTo("E3");
    }

    @Test
    void thePlanKeepsItsRoutesAndTheVirtualSchoolRecordsTheYearsEducation() {
        Ref child = fixtures.inCare(today.minusYears(2));
        Ref planned = fixtures.withPlan(child, "ADOPTION", "KINSHIP");
        assertThat(planned.record().at("/plan/primary").asString()).isEqualTo("ADOPTION");
        assertThat(planned.record().at("/plan/parallel").asString()).isEqualTo("KINSHIP");
        assertThat(planned.version()).isEqualTo(child.version() + 1);

        Ref educated = fixtures.act(virtualSchool, planned, "/education/" + lastAcademicYear(),
                "\"sessionsMissedPercent\": 12.5, \"suspensions\": 1");
        assertThat(educated.record().at("/education/0/sessionsMissedPercent").asString()).isEqualTo("12.5");
        assertThat(educated.record().at("/education/0/suspensions").asInt()).isEqualTo(1);
    }

    @Test
    void anSgoAssessmentCompletesAStageIsRecommendedAndEndsInPermanence() {
        Ref child = fixtures.sgoAssessmentStarted();
        String assessment = "/assessments/" + lastAssessmentId(child);
        assertThat(child.record().at("/assessments/0/stages/0/due").asString())
                .isEqualTo(today.minusWeeks(1).plusWeeks(4).toString());

        child = fixtures.act(practitioner, child, assessment + "/stages/viability/complete",
                "\"completedOn\": \"%s\"".formatted(today));
        assertThat(child.record().at("/assessments/0/stages/0/status").asString()).isEqualTo("DONE");
        child = fixtures.act(practitioner, child, assessment + "/recommendation",
                "\"recommendation\": \"Approve special guardianship to the grandmother\"");
        assertThat(child.record().at("/assessments/0/recommendation").asString()).startsWith("Approve");

        child = fixtures.act(practitioner, child, "/permanence", """
                "route": "SPECIAL_GUARDIANSHIP", "date": "%s", "orderType": "SPECIAL_GUARDIANSHIP_ORDER",
                "reasonCeased": "E47", "kinshipCarers": true""".formatted(today));
        assertThat(child.record().at("/permanence/0/route").asString()).isEqualTo("SPECIAL_GUARDIANSHIP");
        assertThat(child.record().at("/periods/0/ended").asString()).isEqualTo(today.toString());
        assertThat(child.record().at("/assessments/0/outcome").asString()).isEqualTo("PERMANENCE_ACHIEVED");
    }

    @Test
    void theDecisionMakerGrantsTemporaryApprovalAndExtendsTheNextStageAndTheTeamWithdrawsTheAssessment() {
        Ref child = fixtures.kinshipAwaitingTemporaryApproval();
        String assessment = "/assessments/" + lastAssessmentId(child);
        child = fixtures.act(decisionMaker, child, assessment + "/stages/temporary-approval/complete",
                "\"completedOn\": \"%s\"".formatted(today));
        LocalDate due = LocalDate.parse(child.record().at("/assessments/0/stages/2/due").asString());

        child = fixtures.act(decisionMaker, child, assessment + "/stages/full-assessment/extensions",
                "\"weeks\": 8, \"reason\": \"Panel date moved\"");
        assertThat(child.record().at("/assessments/0/stages/2/due").asString()).isEqualTo(due.plusWeeks(8).toString());

        child = fixtures.act(practitioner, child, assessment + "/close", """
                "outcome": "WITHDRAWN", "closedOn": "%s", "reason": "The uncle withdrew\"""".formatted(today));
        assertThat(child.record().at("/assessments/0/outcome").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aSettledMoveWaitsInTheQueuesGoesThroughItsSafeguardsAndThenThePlacementEnds() {
        Ref child = fixtures.settledMoveProposed();
        assertThat(child.record().at("/placements/0/placementType").asString()).isEqualTo("U4");
        assertThat(child.record().at("/moves/0/needsApproval").asBoolean()).isTrue();
        String move = "/moves/" + lastMoveId(child);

        child = fixtures.act(iro, child, move + "/review", "\"date\": \"%s\"".formatted(today));
        child = fixtures.act(practitioner, child, move + "/iro-informed", "\"date\": \"%s\"".formatted(today));
        child = fixtures.act(practitioner, child, move + "/child-wishes", "\"text\": \"Wants to stay near school\"");
        assertThat(waitingIn(iro, "/api/permanence/queues/iro", child)).contains("MOVE_IRO_VIEW");
        child = fixtures.act(iro, child, move + "/iro-view", "\"text\": \"Supports the move\"");
        child = fixtures.act(iro, child, move + "/challenges", "\"text\": \"Is school transport arranged?\"");
        assertThat(waitingIn(decisionMaker, "/api/permanence/queues/decisions", child)).contains("MOVE_APPROVAL");
        child = fixtures.act(decisionMaker, child, move + "/decision",
                "\"approved\": true, \"reasons\": \"In the child's interests\"");
        child = fixtures.act(practitioner, child, move + "/challenges/1/answer", "\"text\": \"Transport is arranged\"");
        assertThat(child.record().at("/moves/0/outstanding").size()).isZero();
        assertThat(child.record().at("/moves/0/mayGoAhead").asBoolean()).isTrue();

        child = fixtures.act(practitioner, child, "/placements/" + openPlacementId(child) + "/end", """
                "endDate": "%s", "reasonForChange": "CARPL", "endKind": "PLANNED_MOVE", "moveId": "%s\""""
                .formatted(today, lastMoveId(child)));
        assertThat(child.record().at("/placements/0/endDate").asString()).isEqualTo(today.toString());
    }

    @Test
    void theCaseloadListsTheTeamsChildAndTheAuditLogShowsWhoReadIt() {
        Ref child = fixtures.withPlan(fixtures.inCare(today.minusMonths(1)), "RETURN_HOME", null);

        Reply caseload = practitioner.get("/api/permanence/caseload?route=RETURN_HOME");
        assertThat(caseload.status()).isEqualTo(200);
        assertThat(caseload.json().findValuesAsString("childId")).contains(child.id());

        Reply audit = admin.get("/api/permanence/audit?recordId=" + child.id());
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().findValuesAsString("actor")).contains("practitioner.durham");
    }

    @Test
    void anySignedInUserReadsTheCodeListsAndTheApiDescription() {
        Reply reference = virtualSchool.get("/api/permanence/reference");
        assertThat(reference.status()).isEqualTo(200);
        assertThat(reference.json().get("routes").findValuesAsString("code")).contains("SPECIAL_GUARDIANSHIP");

        Reply openApi = admin.get("/api/permanence/openapi");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("paths").has("/api/permanence/children/{id}/plan")).isTrue();
        Reply yaml = admin.get("/api/permanence/openapi.yaml", "application/vnd.oai.openapi");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.body()).contains("/api/permanence/children/{id}/moves:");
    }

    /** The kinds of item the queue at {@code path} holds for the child. */
    static List<String> waitingIn(GatewayUser as, String path, Ref child) {
        Reply queue = as.get(path);
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        queue.json().forEach(row -> {
            if (row.at("/item/childId").asString().equals(child.id())) {
                kinds.add(row.at("/item/kind").asString());
            }
        });
        return kinds;
    }

}
