package org.permanenceplatform.permanence.assessment.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.permanence.reference.domain.Route;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentTypeTest {

    @Test
    void everyRouteHasTheChildsAssessmentAndBackAgain() {
        for (Route route : Route.values()) {
            AssessmentType type = AssessmentType.forRoute(route);
            assertThat(type.route()).contains(route);
            assertThat(type.forChild()).isTrue();
        }
        assertThat(AssessmentType.forRoute(Route.ADOPTION)).isEqualTo(AssessmentType.ADOPTION);
        assertThat(AssessmentType.ADOPTION.label()).isEqualTo("The child's adoption journey");
    }

    @Test
    void adopterApprovalIsAboutAHouseholdSoHasNoRoute() {
        assertThat(AssessmentType.ADOPTER_APPROVAL.route()).isEmpty();
        assertThat(AssessmentType.ADOPTER_APPROVAL.forChild()).isFalse();
    }
}
