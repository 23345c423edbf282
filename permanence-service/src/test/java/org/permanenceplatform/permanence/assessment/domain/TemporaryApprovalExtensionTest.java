package org.permanenceplatform.permanence.assessment.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.permanence.clock.domain.ClockStatus;
import org.permanenceplatform.permanence.clock.domain.Extension;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.permanenceplatform.permanence.assessment.domain.StageProgress.completedOn;

/**
 * Regulations 24 and 25: a connected person's temporary approval lasts at most 16 weeks, and may be extended once,
 * by up to 8 weeks; the full assessment and panel must be finished within it.
 */
class TemporaryApprovalExtensionTest {

    static final AssessmentTemplate KINSHIP = AssessmentTemplates.standard().of(AssessmentType.KINSHIP);
    static final LocalDate START = of(2025, 4, 14);
    static final StageProgress APPROVED_17_APRIL = completedOn(of(2025, 4, 17));

    static AssessmentClock withFullAssessment(StageProgress fullAssessment) {
        return AssessmentClock.of(KINSHIP, START, Map.of("viability", APPROVED_17_APRIL,
                "temporary-approval", APPROVED_17_APRIL, "full-assessment", fullAssessment));
    }

    @Test
    void withoutAnExtensionTheFullAssessmentIsDueSixteenWeeksAfterTheTemporaryApproval() {
        assertThat(withFullAssessment(StageProgress.open()).stage("full-assessment").dueDate())
                .isEqualTo(of(2025, 8, 7));
    }

    @Test
    void oneExtensionOfEightWeeksMovesTheDueDateToTwentyFourWeeks() {
        StageProgress extended = StageProgress.open().extendedBy(new Extension(8, "panel date not available"));
        StageClock full = withFullAssessment(extended).stage("full-assessment");
        assertThat(full.dueDate()).isEqualTo(of(2025, 10, 2));
        assertThat(full.extensions()).extracting(Extension::reason).containsExactly("panel date not available");
        assertThat(full.status(of(2025, 8, 8))).as("no longer overdue once extended").isEqualTo(ClockStatus.ON_TRACK);
    }

    @Test
    void aShorterExtensionMovesTheDueDateByItsLength() {
        StageProgress extended = StageProgress.open().extendedBy(new Extension(6, "references awaited"));
        assertThat(withFullAssessment(extended).stage("full-assessment").dueDate()).isEqualTo(of(2025, 9, 18));
    }

    @Test
    void aSecondExtensionIsRefused() {
        StageProgress twice = StageProgress.open().extendedBy(new Extension(4, "references awaited"))
                .extendedBy(new Extension(4, "panel date not available"));
        assertThatThrownBy(() -> withFullAssessment(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("full-assessment").hasMessageContaining("at most 1 extension");
    }

    @Test
    void anExtensionLongerThanEightWeeksIsRefused() {
        StageProgress tooLong = StageProgress.open().extendedBy(new Extension(9, "panel date not available"));
        assertThatThrownBy(() -> withFullAssessment(tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 8 weeks, not 9");
    }

    @Test
    void aStageThatAllowsNoExtensionRefusesOne() {
        StageProgress extendedViability = APPROVED_17_APRIL.extendedBy(new Extension(2, "relative abroad"));
        assertThatThrownBy(() -> AssessmentClock.of(KINSHIP, START, Map.of("viability", extendedViability)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("viability").hasMessageContaining("allows no extension");
    }

    @Test
    void anExtensionCanBeCheckedBeforeItIsRecorded() {
        StageTemplate full = KINSHIP.stage("full-assessment");
        full.checkExtensions(List.of(new Extension(8, "panel date not available")));
        assertThatThrownBy(() -> full.checkExtensions(List.of(new Extension(12, "x"))))
                .hasMessageContaining("at most 8 weeks");
    }
}
