package org.permanenceplatform.permanence.caseload.domain;

import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.clock.domain.ClockStatus;
import org.permanenceplatform.permanence.delay.domain.ChildDelay;
import org.permanenceplatform.permanence.delay.domain.DueClock;
import org.permanenceplatform.permanence.plan.domain.PlanDecision;
import org.permanenceplatform.permanence.reference.domain.Route;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One child on a caseload: who, how long in care, the plan's routes, the stages in progress and the next clock,
 * with the flags the team sorts by.
 *
 * @param stages the open assessments' next stage keys (by route), for filtering by stage
 */
public record CaseloadEntry(String childId, String localChildId, String givenName, String familyName,
                            LocalDate dateOfBirth, String allocatedWorker, boolean inCare, Long daysInCare,
                            Long daysSincePlan, Route primaryRoute, Route parallelRoute, List<String> stages,
                            List<String> stageTitles, DueClock nextDue, boolean overdue, boolean dueSoon,
                            Boolean planBySecondReview, int overdueClocks, List<Route> assessedRoutes) {

    /** Most urgent first: overdue, then due soon, then the rest; within each, the earliest due date first. */
    public static final Comparator<CaseloadEntry> BY_URGENCY = Comparator
            .comparing((CaseloadEntry entry) -> entry.overdue() ? 0 : entry.dueSoon() ? 1 : entry.inCare() ? 2 : 3)
            .thenComparing(entry -> entry.nextDue() == null ? LocalDate.MAX : entry.nextDue().due())
            .thenComparing(CaseloadEntry::familyName).thenComparing(CaseloadEntry::givenName);

    public static CaseloadEntry of(Child child, ChildDelay delay) {
        PlanDecision plan = child.record().plan().current().orElse(null);
        List<DueClock> stageClocks = delay.clocks().stream().filter(clock -> clock.kind() == DueClock.Kind.STAGE)
                .toList();
        List<Assessment> open = child.record().assessments().stream().filter(Assessment::isOpen).toList();
        return new CaseloadEntry(child.id(), child.details().localChildId(), child.details().givenName(),
                child.details().familyName(), child.details().dateOfBirth(), child.details().allocatedWorker(),
                child.record().care().open().isPresent(), delay.daysInCare(), delay.daysSincePlan(),
                plan == null ? null : plan.primary(), plan == null ? null : plan.parallel(),
                stageClocks.stream().map(DueClock::stageKey).toList(),
                stageClocks.stream().map(DueClock::label).toList(), delay.next().orElse(null), delay.overdue(),
                delay.dueSoon(), delay.planBySecondReview(),
                (int) delay.clocks().stream().filter(clock -> clock.status() == ClockStatus.OVERDUE).count(),
                open.stream().map(assessment -> assessment.type().route().orElse(null)).distinct().toList());
    }

    /** Whether the child's plan or an open assessment follows the route. */
    public boolean follows(Route route) {
        return route == primaryRoute || route == parallelRoute || assessedRoutes.contains(route);
    }
}
