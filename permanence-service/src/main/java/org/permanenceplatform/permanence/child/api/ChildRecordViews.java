package org.permanenceplatform.permanence.child.api;

import org.permanenceplatform.kit.problem.InvalidRequestException;
import org.permanenceplatform.permanence.assessment.api.AssessmentView;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.delay.DelayClocks;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** How every resource of a child's record answers: the whole record, its clocks as of today, and its version. */
@Component
public class ChildRecordViews {

    private final DelayClocks delay;
    private final AssessmentTemplates templates;
    private final Clock clock;

    public ChildRecordViews(DelayClocks delay, AssessmentTemplates templates, Clock clock) {
        this.delay = delay;
        this.templates = templates;
        this.clock = clock;
    }

    public ResponseEntity<ChildRecordResponse> respond(Child child) {
        return ResponseEntity.ok().eTag("\"" + child.version() + "\"").body(view(child));
    }

    public ChildRecordResponse view(Child child) {
        LocalDate today = today();
        return ChildRecordResponse.of(child, delay.of(child, today), child.record().assessments().stream()
                .map(assessment -> AssessmentView.of(assessment, templates.of(assessment.type()), today)).toList(),
                today);
    }

    /** Things that happened are recorded when they have happened: a date after today is refused (400). */
    public void requireNotFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(today())) {
            throw new InvalidRequestException(field, "must not be in the future");
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
