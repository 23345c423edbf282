package org.permanenceplatform.permanence.adopter.api;

import org.permanenceplatform.kit.problem.InvalidRequestException;
import org.permanenceplatform.permanence.adopter.domain.AdopterHousehold;
import org.permanenceplatform.permanence.assessment.api.AssessmentView;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplate;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.permanenceplatform.permanence.assessment.domain.AssessmentType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;

/** How the adopters' resources answer: the household with its clocks as of today, and its version as the ETag. */
@Component
class AdopterViews {

    /** Overdue first, then the soonest due, then households with no running clock. */
    static final Comparator<AdopterHouseholdSummary> URGENCY = Comparator
            .comparing(AdopterHouseholdSummary::overdue).reversed()
            .thenComparing(summary -> summary.nextDue() == null ? LocalDate.MAX : summary.nextDue().due());

    private final AssessmentTemplate template;
    private final Clock clock;

    AdopterViews(AssessmentTemplates templates, Clock clock) {
        this.template = templates.of(AssessmentType.ADOPTER_APPROVAL);
        this.clock = clock;
    }

    AssessmentTemplate template() {
        return template;
    }

    ResponseEntity<AdopterHouseholdResponse> respond(AdopterHousehold household) {
        return ResponseEntity.ok().eTag("\"" + household.version() + "\"").body(view(household));
    }

    AdopterHouseholdResponse view(AdopterHousehold household) {
        LocalDate today = today();
        return AdopterHouseholdResponse.of(household, household.assessment() == null ? null
                        : AssessmentView.of(household.assessment(), template, today),
                nextDue(household, today), household.overdue(template, today), today);
    }

    AdopterHouseholdSummary summary(AdopterHousehold household) {
        LocalDate today = today();
        var assessment = household.assessment();
        return new AdopterHouseholdSummary(household.id(), household.laCode(), household.details().names(),
                household.details().registeredInterest(), household.details().allocatedWorker(),
                household.currentStage().orElse(null), assessment == null ? null : assessment.outcome(),
                household.approval() == null ? null : household.approval().approvedOn(), nextDue(household, today),
                household.overdue(template, today), household.version());
    }

    /** Things that happened are recorded when they have happened: a date after today is refused (400). */
    void requireNotFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(today())) {
            throw new InvalidRequestException(field, "must not be in the future");
        }
    }

    private DueStage nextDue(AdopterHousehold household, LocalDate today) {
        return household.nextDue(template).map(stage -> DueStage.of(stage, today)).orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
