package org.permanenceplatform.permanence.assessment.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentTemplatesTest {

    static final AssessmentTemplates TEMPLATES = AssessmentTemplates.standard();

    static List<String> keys(AssessmentType type) {
        return TEMPLATES.of(type).stages().stream().map(StageTemplate::key).toList();
    }

    static List<String> keysWhere(Predicate<StageTemplate> test) {
        return TEMPLATES.all().stream().flatMap(t -> t.stages().stream()).filter(test).map(StageTemplate::key)
                .toList();
    }

    @Test
    void everyAssessmentTypeHasItsStagesInOrder() {
        assertThat(TEMPLATES.all()).extracting(AssessmentTemplate::type).containsExactly(AssessmentType.values());
        assertThat(keys(AssessmentType.ADOPTION)).containsExactly("should-be-placed", "placement-order",
                "family-finding", "matching-panel", "match-decision", "placement", "adoption-order");
        assertThat(keys(AssessmentType.ADOPTER_APPROVAL)).containsExactly("stage-one", "stage-two", "panel",
                "approval");
        assertThat(keys(AssessmentType.SPECIAL_GUARDIANSHIP)).containsExactly("viability", "report", "order");
        assertThat(keys(AssessmentType.KINSHIP)).containsExactly("viability", "temporary-approval",
                "full-assessment", "arrangement");
        assertThat(keys(AssessmentType.LONG_TERM_FOSTERING)).containsExactly("match", "ratification");
        assertThat(keys(AssessmentType.RETURN_HOME)).containsExactly("parenting-assessment", "reunification-plan",
                "phased-return", "discharge");
    }

    @Test
    void theDecisionsTheLawGivesTheAgencyDecisionMakerAreMarkedAsTheirs() {
        assertThat(keysWhere(StageTemplate::isDecision)).containsExactly("should-be-placed", "match-decision",
                "temporary-approval", "full-assessment", "ratification", "approval");
        assertThat(TEMPLATES.all()).flatExtracting(AssessmentTemplate::stages).filteredOn(StageTemplate::isDecision)
                .extracting(StageTemplate::decisionRole).containsOnly(StageTemplate.DECISION_MAKER);
    }

    @Test
    void courtOrdersAreMarkedButAKinshipArrangementMayNotBeOne() {
        assertThat(keysWhere(StageTemplate::courtOrder)).containsExactly("placement-order", "adoption-order", "order",
                "discharge");
        assertThat(TEMPLATES.of(AssessmentType.KINSHIP).stage("arrangement").title())
                .isEqualTo("Child arrangements order or kinship foster placement");
    }

    @Test
    void onlyTheKinshipFullAssessmentCanBeExtendedOnceByUpToEightWeeks() {
        StageTemplate full = TEMPLATES.of(AssessmentType.KINSHIP).stage("full-assessment");
        assertThat(full.maxExtensions()).isEqualTo(1);
        assertThat(full.maxExtensionWeeks()).isEqualTo(8);
        assertThat(full.clock()).hasToString("due 16 weeks after previous stage");
        assertThat(keysWhere(stage -> stage.maxExtensions() > 0)).containsExactly("full-assessment");
    }

    @Test
    void theAdoptionOrderWaitsTenWeeksAfterThePlacement() {
        assertThat(TEMPLATES.of(AssessmentType.ADOPTION).stage("adoption-order").earliestAfter())
                .hasToString("not before 10 weeks after placement");
    }

    @Test
    void mistakesInTheFileStopLoadingWithTheLineAtFault() {
        String good = "ADOPTION | a | A | due 1 week after start";
        assertRefused(List.of("# c", "ADOPTON | a | A | no clock"), "line 2", "unknown assessment type 'ADOPTON'");
        assertRefused(List.of(good, "ADOPTION | b | B | due 3 fortnights after start"), "line 2", "unit");
        assertRefused(List.of(good, "ADOPTION | a | Again | no clock"), "line 2", "used twice");
        assertRefused(List.of("ADOPTION | a | A | no clock; not before 1 week after b"), "line 1", "not an earlier");
        assertRefused(List.of("ADOPTION | a | A | no clock; due 1 week after start"), "line 1", "more than one clock");
        assertRefused(List.of("ADOPTION | a | A | decision by DECISION_MAKER"), "line 1", "no clock");
        assertRefused(List.of("ADOPTION | a | A | no clock; at most 1 extension of up to 8 weeks"), "line 1",
                "no due date to extend");
        assertRefused(List.of("ADOPTION | a | A | due soon"), "line 1", "unknown rule 'due soon'");
        assertRefused(List.of("ADOPTION | a | A"), "line 1", "4 fields");
        assertRefused(List.of("ADOPTION | a | A | due 1 week after previous stage"), "line 1", "no previous stage");
        assertRefused(List.of("ADOPTION | Bad Key | A | no clock"), "line 1", "lower-case");
    }

    @Test
    void everyAssessmentTypeMustHaveATemplate() {
        List<String> allButReturnHome = TEMPLATES.all().stream()
                .filter(template -> template.type() != AssessmentType.RETURN_HOME)
                .map(template -> template.type() + " | a | A | no clock").toList();
        assertThatThrownBy(() -> AssessmentTemplates.parse(allButReturnHome, "t.conf"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no stages for RETURN_HOME");
    }

    @Test
    void aFileThatIsNotThereIsReportedByName() {
        assertThatThrownBy(() -> AssessmentTemplates.load("/no-such-templates.conf"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/no-such-templates.conf");
    }

    static void assertRefused(List<String> lines, String... expected) {
        List<String> withEveryOtherType = Stream.concat(lines.stream(), Stream.of(AssessmentType.values())
                .map(type -> type + " | filler | Filler | no clock")).toList();
        assertThatThrownBy(() -> AssessmentTemplates.parse(withEveryOtherType, "t.conf"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t.conf " + expected[0]).hasMessageContaining(expected[1]);
    }
}
