package org.permanenceplatform.permanence.events;

import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.assessment.domain.Household;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.permanence.domain.PermanenceAchieved;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Payload v1 of {@code la.permanence.achieved}: what post-permanence support in the same LA needs to open the
 * family's support case. It names the child and the family, so it never leaves the LA's trust boundary (an
 * {@code la.*} event); the event's aggregate id is the child's platform id.
 *
 * @param household the family, from the assessment that led to permanence; null when none was recorded
 */
public record LaPermanenceAchieved(String localChildId, String givenName, String familyName, LocalDate dateOfBirth,
                                   String permanenceId, String route, LocalDate date, String orderType,
                                   boolean kinshipCarers, Family household) {

    /** The family's adults (name, relationship to the child) and address. */
    public record Family(List<Adult> adults, String address) {
    }

    public record Adult(String name, String relationshipToChild) {
    }

    public static LaPermanenceAchieved of(Child child, PermanenceAchieved permanence, Assessment assessment) {
        Household household = assessment == null ? null : assessment.household();
        return new LaPermanenceAchieved(child.details().localChildId(), child.details().givenName(),
                child.details().familyName(), child.details().dateOfBirth(), permanence.id(),
                permanence.route().name(), permanence.date(), permanence.orderType().name(),
                permanence.kinshipCarers(), household == null ? null : new Family(household.adults().stream()
                        .map(adult -> new Adult(adult.name(), adult.relationshipToChild())).toList(),
                        household.address()));
    }

    public Map<String, Object> toPayload() {
        return Payloads.of(this);
    }
}
