package org.permanenceplatform.permanence.adopter.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.permanence.assessment.domain.AssessmentOutcome;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplate;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.permanenceplatform.permanence.assessment.domain.AssessmentType;
import org.permanenceplatform.permanence.clock.domain.ClockStatus;
import org.permanenceplatform.permanence.rules.domain.RuleBroken;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdopterHouseholdTest {

    static final AssessmentTemplate APPROVAL = AssessmentTemplates.standard().of(AssessmentType.ADOPTER_APPROVAL);
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate INTEREST = LocalDate.of(2026, 1, 5);

    static AdopterHousehold registered() {
        return AdopterHousehold.register("h1", "840", new HouseholdDetails(List.of("Sam Green", "Alex Green"),
                "2 Mill Lane, Durham", INTEREST, "practitioner.840"), NOW, "sam");
    }

    static AdopterHousehold started() {
        return registered().startAssessment("a1", APPROVAL, INTEREST, "sam", NOW);
    }

    /** Stage one, stage two and the panel done, and the panel's recommendation recorded: ready for a decision. */
    static AdopterHousehold readyForDecision() {
        return started()
                .completeStage(APPROVAL, "stage-one", LocalDate.of(2026, 3, 2), "sam", null, NOW)
                .completeStage(APPROVAL, "stage-two", LocalDate.of(2026, 6, 29), "sam", "PAR written", NOW)
                .completeStage(APPROVAL, "panel", LocalDate.of(2026, 7, 20), "sam", null, NOW)
                .recommend("The panel recommends approval for one child aged 0 to 4", NOW);
    }

    @Test
    void stageOneIsDueTwoMonthsAfterTheStartAndStageTwoFourMonthsAfterStageOneIsDone() {
        AdopterHousehold household = started();
        assertThat(household.nextDue(APPROVAL).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(household.openClock(APPROVAL).orElseThrow().stage("stage-two").status(LocalDate.of(2026, 3, 1)))
                .isEqualTo(ClockStatus.NOT_STARTED);

        household = household.completeStage(APPROVAL, "stage-one", LocalDate.of(2026, 3, 2), "sam", null, NOW);
        assertThat(household.nextDue(APPROVAL).orElseThrow().key()).isEqualTo("stage-two");
        assertThat(household.nextDue(APPROVAL).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(household.currentStage()).contains("stage-two");
    }

    @Test
    void anOpenStageIsOverdueOnTheDayAfterItsDueDateAndNotBefore() {
        AdopterHousehold household = started();
        assertThat(household.overdue(APPROVAL, LocalDate.of(2026, 3, 5))).isFalse();
        assertThat(household.overdue(APPROVAL, LocalDate.of(2026, 3, 6))).isTrue();
        assertThat(registered().overdue(APPROVAL, LocalDate.of(2030, 1, 1))).as("no assessment, no clock").isFalse();
    }

    @Test
    void stagesAreDoneInOrderAndNotBeforeThePreviousOne() {
        assertThatThrownBy(() -> started().completeStage(APPROVAL, "stage-two", LocalDate.of(2026, 3, 2), "sam",
                null, NOW)).isInstanceOf(RuleBroken.class).hasMessageContaining("Stage one")
                .extracting(e -> ((RuleBroken) e).field()).isEqualTo("stage");
        AdopterHousehold stageOneDone = started().completeStage(APPROVAL, "stage-one", LocalDate.of(2026, 3, 2),
                "sam", null, NOW);
        assertThatThrownBy(() -> stageOneDone.completeStage(APPROVAL, "stage-two", LocalDate.of(2026, 3, 1), "sam",
                null, NOW)).extracting(e -> ((RuleBroken) e).field()).isEqualTo("completedOn");
    }

    @Test
    void theAgencyDecisionIsNotCompletedAsAnOrdinaryStage() {
        AdopterHousehold household = readyForDecision();
        assertThatThrownBy(() -> household.completeStage(APPROVAL, "approval", LocalDate.of(2026, 7, 22), "sam",
                null, NOW)).isInstanceOf(RuleBroken.class).hasMessageContaining("decision maker");
    }

    @Test
    void anApprovalClosesTheAssessmentAndSaysWhatTheAdoptersAreApprovedFor() {
        AdopterHousehold approved = readyForDecision().decide(APPROVAL, new ApprovalDecision(true,
                LocalDate.of(2026, 7, 24), "Panel's recommendation accepted", 0, 4, 1), "dm", NOW);

        assertThat(approved.approval()).isEqualTo(new Approval(LocalDate.of(2026, 7, 24), 0, 4, 1, "dm"));
        assertThat(approved.assessment().outcome()).isEqualTo(AssessmentOutcome.APPROVED);
        assertThat(approved.assessment().stage("approval").completedOn()).isEqualTo(LocalDate.of(2026, 7, 24));
        assertThat(approved.nextDue(APPROVAL)).as("no clock runs once decided").isEmpty();
        assertThat(approved.currentStage()).isEmpty();
        assertThat(approved.version()).isEqualTo(readyForDecision().version() + 1);
    }

    @Test
    void aRefusalClosesTheAssessmentNotApprovedWithNothingApproved() {
        AdopterHousehold refused = readyForDecision().decide(APPROVAL, new ApprovalDecision(false,
                LocalDate.of(2026, 7, 24), "Not suitable at this time", null, null, null), "dm", NOW);
        assertThat(refused.approval()).isNull();
        assertThat(refused.assessment().outcome()).isEqualTo(AssessmentOutcome.NOT_APPROVED);
    }

    @Test
    void theDecisionFollowsThePanelAndItsRecommendation() {
        ApprovalDecision decision = new ApprovalDecision(true, LocalDate.of(2026, 7, 24), "Agreed", 0, 4, 1);
        AdopterHousehold panelPending = started()
                .completeStage(APPROVAL, "stage-one", LocalDate.of(2026, 3, 2), "sam", null, NOW)
                .completeStage(APPROVAL, "stage-two", LocalDate.of(2026, 6, 29), "sam", null, NOW);
        assertThatThrownBy(() -> panelPending.decide(APPROVAL, decision, "dm", NOW))
                .extracting(e -> ((RuleBroken) e).field()).isEqualTo("stage");
        AdopterHousehold noRecommendation = panelPending
                .completeStage(APPROVAL, "panel", LocalDate.of(2026, 7, 20), "sam", null, NOW);
        assertThatThrownBy(() -> noRecommendation.decide(APPROVAL, decision, "dm", NOW))
                .extracting(e -> ((RuleBroken) e).field()).isEqualTo("recommendation");
    }

    @Test
    void anApprovalNeedsAnAgeRangeUnderEighteenAndANumberOfChildren() {
        LocalDate day = LocalDate.of(2026, 7, 24);
        assertThatThrownBy(() -> new ApprovalDecision(true, day, "Agreed", null, 4, 1))
                .extracting(e -> ((RuleBroken) e).field()).isEqualTo("ageFrom");
        assertThatThrownBy(() -> new ApprovalDecision(true, day, "Agreed", 5, 4, 1))
                .extracting(e -> ((RuleBroken) e).field()).isEqualTo("ageTo");
        assertThatThrownBy(() -> new ApprovalDecision(true, day, "Agreed", 0, 18, 1))
                .extracting(e -> ((RuleBroken) e).field()).isEqualTo("ageTo");
        assertThatThrownBy(() -> new ApprovalDecision(true, day, "Agreed", 0, 4, 0))
                .extracting(e -> ((RuleBroken) e).field()).isEqualTo("numberOfChildren");
        assertThatThrownBy(() -> new ApprovalDecision(false, day, "Refused", 0, 4, 1))
                .extracting(e -> ((RuleBroken) e).field()).isEqualTo("approved");
    }

    @Test
    void aHouseholdHasOneAssessmentStartedOnOrAfterItsRegistrationOfInterest() {
        assertThatThrownBy(() -> registered().startAssessment("a1", APPROVAL, INTEREST.minusDays(1), "sam", NOW))
                .extracting(e -> ((RuleBroken) e).field()).isEqualTo("started");
        assertThatThrownBy(() -> started().startAssessment("a2", APPROVAL, INTEREST, "sam", NOW))
                .isInstanceOf(RuleBroken.class).hasMessageContaining("a household has one");
        assertThatThrownBy(() -> started().withDetails(new HouseholdDetails(List.of("Sam Green"), "2 Mill Lane",
                INTEREST.plusDays(1), null), NOW)).extracting(e -> ((RuleBroken) e).field())
                .isEqualTo("registeredInterest");
    }

    @Test
    void aWithdrawnAssessmentStopsItsClocksAndTakesNoMoreChanges() {
        AdopterHousehold withdrawn = started().withdraw(LocalDate.of(2026, 2, 1), "Applicants moved abroad", NOW);
        assertThat(withdrawn.assessment().outcome()).isEqualTo(AssessmentOutcome.WITHDRAWN);
        assertThat(withdrawn.overdue(APPROVAL, LocalDate.of(2027, 1, 1))).isFalse();
        assertThatThrownBy(() -> withdrawn.recommend("Approve", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> started().withdraw(INTEREST.minusDays(1), "x", NOW))
                .extracting(e -> ((RuleBroken) e).field()).isEqualTo("withdrawnOn");
    }

    @Test
    void prospectiveAdoptersApplyAloneOrAsACoupleWithAnAddress() {
        assertThatThrownBy(() -> new HouseholdDetails(List.of(), "x", INTEREST, null))
                .extracting(e -> ((RuleBroken) e).field()).isEqualTo("adults");
        assertThatThrownBy(() -> new HouseholdDetails(List.of("A", "B", "C"), "x", INTEREST, null))
                .extracting(e -> ((RuleBroken) e).field()).isEqualTo("adults");
        assertThatThrownBy(() -> new HouseholdDetails(List.of("A"), " ", INTEREST, null))
                .extracting(e -> ((RuleBroken) e).field()).isEqualTo("address");
        assertThat(new HouseholdDetails(List.of(" Sam Green ", "Alex Green"), "x", INTEREST, " ").names())
                .isEqualTo("Sam Green and Alex Green");
    }
}
