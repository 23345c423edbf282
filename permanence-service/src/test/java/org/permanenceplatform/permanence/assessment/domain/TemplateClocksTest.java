package org.permanenceplatform.permanence.assessment.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.permanence.clock.domain.ClockStatus;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.permanenceplatform.permanence.assessment.domain.StageProgress.completedOn;

/** Each shipped template's clocks, with due dates worked out by hand. */
class TemplateClocksTest {

    static final AssessmentTemplates TEMPLATES = AssessmentTemplates.standard();

    static AssessmentClock clock(AssessmentType type, LocalDate start, Map<String, StageProgress> progress) {
        return AssessmentClock.of(TEMPLATES.of(type), start, progress);
    }

    static final Map<String, StageProgress> ADOPTION_DONE = Map.of(
            "should-be-placed", completedOn(of(2024, 7, 29)),
            "placement-order", completedOn(of(2024, 9, 16)),
            "family-finding", completedOn(of(2024, 11, 4)),
            "matching-panel", completedOn(of(2024, 12, 18)),
            "match-decision", completedOn(of(2024, 12, 30)),
            "placement", completedOn(of(2025, 1, 20)));

    @Test
    void adoptionJourneyClocksCountFromEachStageCompleted() {
        AssessmentClock adoption = clock(AssessmentType.ADOPTION, of(2024, 6, 3), ADOPTION_DONE);
        assertThat(adoption.stages()).extracting(StageClock::dueDate).containsExactly(
                of(2024, 8, 3),    // 2 months after start
                null,              // placement order: the court's timetable
                of(2024, 12, 16),  // 3 months after the placement order
                of(2024, 12, 16),  // 6 weeks after family finding
                of(2024, 12, 31),  // 7 working days after 18 December, skipping Christmas and Boxing Day
                of(2025, 1, 27),   // 4 weeks after the match decision
                null);             // adoption order: the court's timetable
        StageClock order = adoption.stage("adoption-order");
        assertThat(order.earliestDate()).as("10 weeks after moving in").isEqualTo(of(2025, 3, 31));
        assertThat(order.status(of(2025, 6, 1))).isEqualTo(ClockStatus.NO_CLOCK);
        assertThat(adoption.nextDue()).isEmpty();
    }

    @Test
    void adoptionOrderCannotBeRecordedBeforeTheChildHasLivedWithTheAdoptersTenWeeks() {
        Map<String, StageProgress> early = new HashMap<>(ADOPTION_DONE);
        early.put("adoption-order", completedOn(of(2025, 3, 28)));
        assertThatThrownBy(() -> clock(AssessmentType.ADOPTION, of(2024, 6, 3), early))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not before 10 weeks after placement").hasMessageContaining("2025-03-31");
        early.put("adoption-order", completedOn(of(2025, 3, 31)));
        assertThat(clock(AssessmentType.ADOPTION, of(2024, 6, 3), early).isFinished()).isTrue();
    }

    @Test
    void adopterApprovalStageTwoCountsFromStageOneAndTheDecisionSkipsTheSummerBankHoliday() {
        AssessmentClock approval = clock(AssessmentType.ADOPTER_APPROVAL, of(2025, 1, 15), Map.of(
                "stage-one", completedOn(of(2025, 3, 14)),
                "stage-two", completedOn(of(2025, 7, 10)),
                "panel", completedOn(of(2025, 8, 20))));
        assertThat(approval.stages()).extracting(StageClock::dueDate).containsExactly(
                of(2025, 3, 15), of(2025, 7, 14), of(2025, 8, 7), of(2025, 9, 1));
        assertThat(approval.stage("panel").status(of(2025, 8, 27))).as("late, but done").isEqualTo(ClockStatus.DONE);
        assertThat(approval.stage("approval").status(of(2025, 8, 27))).isEqualTo(ClockStatus.DUE_SOON);
        assertThat(approval.nextDue()).map(StageClock::key).contains("approval");
    }

    @Test
    void specialGuardianshipReportIsDueAtTheEndOfTheThreeMonthsNotice() {
        AssessmentClock sgo = clock(AssessmentType.SPECIAL_GUARDIANSHIP, of(2024, 11, 29),
                Map.of("viability", completedOn(of(2024, 12, 20))));
        assertThat(sgo.stages()).extracting(StageClock::dueDate)
                .containsExactly(of(2024, 12, 27), of(2025, 2, 28), null);
        assertThat(sgo.stage("report").status(of(2025, 2, 28))).isEqualTo(ClockStatus.DUE_SOON);
        assertThat(sgo.stage("report").status(of(2025, 3, 1))).isEqualTo(ClockStatus.OVERDUE);
        assertThat(sgo.stage("order").status(of(2025, 3, 1))).isEqualTo(ClockStatus.NO_CLOCK);
    }

    @Test
    void kinshipFullAssessmentIsDueSixteenWeeksAfterTheTemporaryApproval() {
        // viability: 10 working days from Monday 14 April 2025, skipping Good Friday and Easter Monday
        AssessmentClock kinship = clock(AssessmentType.KINSHIP, of(2025, 4, 14), Map.of(
                "viability", completedOn(of(2025, 4, 17)),
                "temporary-approval", completedOn(of(2025, 4, 17))));
        assertThat(kinship.stages()).extracting(StageClock::dueDate)
                .containsExactly(of(2025, 4, 30), null, of(2025, 8, 7), null);
        assertThat(kinship.stage("arrangement").stage().courtOrder()).isFalse();
    }

    @Test
    void longTermMatchRatificationIsDueFourWeeksAfterTheMatch() {
        AssessmentClock fostering = clock(AssessmentType.LONG_TERM_FOSTERING, of(2025, 2, 3),
                Map.of("match", completedOn(of(2025, 4, 22))));
        assertThat(fostering.stages()).extracting(StageClock::dueDate)
                .containsExactly(of(2025, 5, 3), of(2025, 5, 20));
        assertThat(fostering.stage("ratification").status(of(2025, 5, 20))).isEqualTo(ClockStatus.DUE_SOON);
        assertThat(fostering.stage("ratification").status(of(2025, 5, 21))).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void returnHomeStagesFollowOneAnotherToTheDischarge() {
        AssessmentClock home = clock(AssessmentType.RETURN_HOME, of(2025, 9, 1), Map.of(
                "parenting-assessment", completedOn(of(2025, 11, 21)),
                "reunification-plan", completedOn(of(2025, 12, 12)),
                "phased-return", completedOn(of(2026, 3, 9))));
        assertThat(home.stages()).extracting(StageClock::dueDate)
                .containsExactly(of(2025, 11, 24), of(2025, 12, 19), of(2026, 3, 12), null);
        assertThat(home.stage("discharge").stage().courtOrder()).isTrue();
        assertThat(home.isFinished()).isFalse();
    }
}
