package org.permanenceplatform.permanence.assessment.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.permanence.clock.domain.ClockStatus;

import java.time.LocalDate;
import java.util.Map;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.permanenceplatform.permanence.assessment.domain.StageProgress.completedOn;

class StageClockTest {

    static final AssessmentTemplate ADOPTION = AssessmentTemplates.standard().of(AssessmentType.ADOPTION);
    static final LocalDate START = of(2024, 6, 3);

    /** Placement order made on 16 September 2024, so family finding is due on 16 December 2024. */
    static final AssessmentClock FAMILY_FINDING = AssessmentClock.of(ADOPTION, START, Map.of(
            "should-be-placed", completedOn(of(2024, 7, 29)),
            "placement-order", completedOn(of(2024, 9, 16))));

    @Test
    void overdueStageIsFlaggedOnTheDayAfterItsDueDate() {
        StageClock familyFinding = FAMILY_FINDING.stage("family-finding");
        assertThat(familyFinding.status(of(2024, 12, 16))).isEqualTo(ClockStatus.DUE_SOON);
        assertThat(familyFinding.status(of(2024, 12, 17))).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void stageIsDueSoonFromFourteenDaysBeforeItsDueDate() {
        StageClock familyFinding = FAMILY_FINDING.stage("family-finding");
        assertThat(familyFinding.status(of(2024, 12, 1))).isEqualTo(ClockStatus.ON_TRACK);
        assertThat(familyFinding.status(of(2024, 12, 2))).isEqualTo(ClockStatus.DUE_SOON);
    }

    @Test
    void aCompletedStageIsNeverOverdueHoweverLateItWasDone() {
        AssessmentClock late = AssessmentClock.of(ADOPTION, START, Map.of("should-be-placed",
                completedOn(of(2024, 9, 30))));
        assertThat(late.stage("should-be-placed").dueDate()).isEqualTo(of(2024, 8, 3));
        assertThat(late.stage("should-be-placed").status(of(2025, 1, 1))).isEqualTo(ClockStatus.DONE);
    }

    @Test
    void aStageCountedFromTheStageBeforeHasNotStartedUntilThatStageIsDone() {
        AssessmentClock justStarted = AssessmentClock.of(ADOPTION, START, Map.of());
        assertThat(justStarted.stage("matching-panel").dueDate()).isNull();
        assertThat(justStarted.stage("matching-panel").status(of(2030, 1, 1))).isEqualTo(ClockStatus.NOT_STARTED);
        assertThat(justStarted.stage("placement-order").status(of(2030, 1, 1))).isEqualTo(ClockStatus.NO_CLOCK);
    }

    @Test
    void theNextDueIsTheOpenStageWithTheEarliestDueDate() {
        assertThat(AssessmentClock.of(ADOPTION, START, Map.of()).nextDue()).map(StageClock::key)
                .contains("should-be-placed");
        assertThat(FAMILY_FINDING.nextDue()).map(StageClock::key).contains("family-finding");
    }

    @Test
    void theStagesNeedingAttentionAreTheOverdueAndDueSoonOnes() {
        assertThat(FAMILY_FINDING.needingAttention(of(2024, 11, 1))).isEmpty();
        assertThat(FAMILY_FINDING.needingAttention(of(2024, 12, 20))).extracting(StageClock::key)
                .containsExactly("family-finding");
    }

    @Test
    void progressOnAStageTheTemplateDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> AssessmentClock.of(ADOPTION, START, Map.of("home-study", completedOn(START))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("home-study");
    }

    @Test
    void aStageCannotBeCompletedBeforeTheAssessmentStarted() {
        assertThatThrownBy(() -> AssessmentClock.of(ADOPTION, START,
                Map.of("should-be-placed", completedOn(of(2024, 6, 2)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the assessment started");
    }
}
