package org.permanenceplatform.permanence.delay.domain;

import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.permanenceplatform.permanence.care.domain.CareProceedings;
import org.permanenceplatform.permanence.care.domain.PeriodOfCare;
import org.permanenceplatform.permanence.child.domain.PermanenceRecord;
import org.permanenceplatform.permanence.clock.domain.ClockStatus;
import org.permanenceplatform.permanence.clock.domain.ReviewSchedule;
import org.permanenceplatform.permanence.plan.domain.PlanDecision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Delay, made visible: for a child in care, the days since entering care and since the plan, whether the plan was
 * made by the second review, and every running clock (next review, plan, care proceedings, assessment stages) with
 * its status on {@code today}, soonest first.
 *
 * @param daysInCare            days since the open period of care began; null when the child is not in care
 * @param daysSincePlan         days since this period's first plan decision; null without one
 * @param planRequiredBy        the day the plan must exist by (the second review); null when not in care
 * @param planBySecondReview    whether this period's plan was made by the second review; null while not yet due
 *                              and not yet made
 */
public record ChildDelay(Long daysInCare, Long daysSincePlan, LocalDate planRequiredBy, Boolean planBySecondReview,
                         List<DueClock> clocks) {

    public static final ChildDelay NOT_IN_CARE = new ChildDelay(null, null, null, null, List.of());

    public ChildDelay {
        clocks = clocks.stream().sorted(Comparator.comparing(DueClock::due)).toList();
    }

    public static ChildDelay of(PermanenceRecord record, AssessmentTemplates templates, ReviewSchedule reviews,
                                LocalDate today) {
        List<DueClock> clocks = new ArrayList<>();
        record.assessments().stream().filter(Assessment::isOpen)
                .forEach(assessment -> clocks.addAll(stageClocks(assessment, templates, today)));
        Optional<PeriodOfCare> open = record.care().open();
        if (open.isEmpty()) {
            return new ChildDelay(null, null, null, null, clocks);
        }
        PeriodOfCare period = open.get();
        LocalDate nextReview = reviews.nextReviewDue(period.started(), period.reviewsHeld());
        clocks.add(new DueClock(DueClock.Kind.REVIEW, "Statutory review", null, null, null, nextReview,
                ClockStatus.of(nextReview, today)));
        record.proceedings().stream().filter(CareProceedings::isRunning).forEach(proceedings -> clocks.add(
                new DueClock(DueClock.Kind.PROCEEDINGS, "Care proceedings (26 weeks)", null, null, null,
                        proceedings.clock().dueDate(), proceedings.clock().status(today))));
        LocalDate planBy = reviews.planRequiredBy(period.started(), period.reviewsHeld());
        Optional<LocalDate> planned = record.plan().since(period.started()).stream().map(PlanDecision::decided)
                .findFirst();
        if (planned.isEmpty()) {
            clocks.add(new DueClock(DueClock.Kind.PLAN, "Permanence plan (by the second review)", null, null, null,
                    planBy, ClockStatus.of(planBy, today)));
        }
        Boolean inTime = planned.map(day -> !day.isAfter(planBy)).orElse(today.isAfter(planBy) ? false : null);
        return new ChildDelay(ChronoUnit.DAYS.between(period.started(), today),
                planned.map(day -> ChronoUnit.DAYS.between(day, today)).orElse(null), planBy, inTime, clocks);
    }

    private static List<DueClock> stageClocks(Assessment assessment, AssessmentTemplates templates,
                                              LocalDate today) {
        return assessment.clock(templates.of(assessment.type())).stages().stream()
                .filter(stage -> stage.isRunning())
                .map(stage -> new DueClock(DueClock.Kind.STAGE, stage.stage().title(),
                        assessment.type().route().orElse(null), assessment.id(), stage.key(), stage.dueDate(),
                        stage.status(today)))
                .toList();
    }

    public boolean overdue() {
        return clocks.stream().anyMatch(DueClock::overdue);
    }

    public boolean dueSoon() {
        return clocks.stream().anyMatch(DueClock::dueSoon);
    }

    /** The clock due soonest, if any runs. */
    public Optional<DueClock> next() {
        return clocks.stream().findFirst();
    }
}
