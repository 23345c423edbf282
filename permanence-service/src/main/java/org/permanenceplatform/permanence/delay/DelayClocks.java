package org.permanenceplatform.permanence.delay;

import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.clock.domain.ReviewSchedule;
import org.permanenceplatform.permanence.delay.domain.ChildDelay;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Works out a child's delay and clocks with the configured templates and England's working days. */
@Component
public class DelayClocks {

    private final AssessmentTemplates templates;
    private final ReviewSchedule reviews;

    public DelayClocks(AssessmentTemplates templates) {
        this.templates = templates;
        this.reviews = ReviewSchedule.englandAndWales();
    }

    public ChildDelay of(Child child, LocalDate today) {
        return ChildDelay.of(child.record(), templates, reviews, today);
    }
}
