package org.permanenceplatform.permanence.child.domain;

import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.assessment.domain.AssessmentOutcome;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.permanenceplatform.permanence.assessment.domain.StageRecord;
import org.permanenceplatform.permanence.care.domain.PeriodOfCare;
import org.permanenceplatform.permanence.permanence.domain.PermanenceAchieved;
import org.permanenceplatform.permanence.placement.domain.Placement;
import org.permanenceplatform.permanence.plan.domain.PlanDecision;
import org.permanenceplatform.permanence.reference.domain.ReasonEpisodeCeased;
import org.permanenceplatform.permanence.rules.domain.RuleBroken;

import java.time.LocalDate;
import java.util.List;

/**
 * How a child's journey in care ends: by permanence (an order, a return home, a confirmed long-term foster
 * placement) or by leaving care another way. Either closes what was open: the period of care with its DfE reason,
 * the placement, and the assessments, each with the outcome that is true of it.
 */
public final class CareEnding {

    private CareEnding() {
    }

    /**
     * Permanence achieved: recorded, and everything it settles closed.
     *
     * @param assessmentId the assessment that led to it, or null when the route has at most one open assessment
     */
    public static PermanenceRecord achieve(PermanenceRecord record, PermanenceAchieved permanence,
                                           String assessmentId, AssessmentTemplates templates) {
        PeriodOfCare period = record.care().open().orElseThrow(
                () -> new IllegalStateException("permanence is achieved from care; the child is not in care"));
        if (!period.id().equals(permanence.periodId())) {
            throw new IllegalArgumentException("permanence belongs to the open period of care");
        }
        if (permanence.date().isBefore(period.started())) {
            throw new RuleBroken("date", "permanence cannot come before the child entered care (" + period.started()
                    + ")");
        }
        PlanDecision plan = record.plan().since(period.started()).stream().reduce((a, b) -> b).orElseThrow(
                () -> new RuleBroken("route", "record the child's permanence plan first"));
        if (plan.primary() != permanence.route() && plan.parallel() != permanence.route()) {
            throw new RuleBroken("route", "the plan's routes are " + plan.primary().label()
                    + (plan.parallel() == null ? "" : " and " + plan.parallel().label())
                    + "; change the plan before recording permanence by another route");
        }
        PermanenceRecord next = record.withPermanence(PermanenceRecord.plus(record.permanence(), permanence))
                .withAssessments(closeAssessments(record.assessments(), permanence,
                        leadingAssessment(record, permanence, assessmentId), templates));
        if (!permanence.orderType().endsCare()) {
            return next;
        }
        return endCare(next, permanence.date(), permanence.reasonCeased());
    }

    /** Leaving care other than by permanence (independent living, staying put, another LA taking over...). */
    public static PermanenceRecord leave(PermanenceRecord record, LocalDate on, ReasonEpisodeCeased reason) {
        PermanenceRecord next = record.withAssessments(record.assessments().stream()
                .map(assessment -> assessment.isOpen() && assessment.type().forChild()
                        ? assessment.close(AssessmentOutcome.CARE_ENDED, on, reason.label()) : assessment)
                .toList());
        return endCare(next, on, reason);
    }

    private static PermanenceRecord endCare(PermanenceRecord record, LocalDate on, ReasonEpisodeCeased reason) {
        PermanenceRecord next = record.withCare(record.care().changeOpen(period -> period.end(on, reason)));
        return next.openPlacement().map(open -> {
            if (on.isBefore(open.startDate())) {
                throw new RuleBroken("date", "the child's placement began on " + open.startDate());
            }
            return next.withPlacements(PermanenceRecord.replaceOne(next.placements(), Placement::id, open.id(),
                    placement -> new Placement(placement.id(), placement.startDate(), on,
                            placement.placementType(), placement.provider(), placement.carerId(),
                            placement.carerName(), placement.kinship(), placement.sameCarersAsPrevious(),
                            placement.distanceBand(), placement.weeklyCost(), placement.purchaseRoute(), null,
                            null)).orElseThrow());
        }).orElse(next);
    }

    /** The open assessment of the route that led to permanence, if there is one. */
    public static String leadingAssessment(PermanenceRecord record, PermanenceAchieved permanence,
                                           String assessmentId) {
        List<Assessment> ofRoute = record.assessments().stream().filter(Assessment::isOpen)
                .filter(assessment -> assessment.type().route().filter(permanence.route()::equals).isPresent())
                .toList();
        if (assessmentId != null) {
            return ofRoute.stream().map(Assessment::id).filter(assessmentId::equals).findFirst()
                    .orElseThrow(() -> new RuleBroken("assessmentId", "no open " + permanence.route().label()
                            + " assessment " + assessmentId));
        }
        if (ofRoute.size() > 1) {
            throw new RuleBroken("assessmentId", ofRoute.size() + " " + permanence.route().label()
                    + " assessments are open: say which one led to permanence");
        }
        return ofRoute.isEmpty() ? null : ofRoute.get(0).id();
    }

    private static List<Assessment> closeAssessments(List<Assessment> assessments, PermanenceAchieved permanence,
                                                     String leading, AssessmentTemplates templates) {
        return assessments.stream().map(assessment -> {
            if (!assessment.isOpen() || !assessment.type().forChild()) {
                return assessment;
            }
            if (assessment.type().route().orElseThrow() != permanence.route()) {
                return assessment.close(AssessmentOutcome.OTHER_ROUTE_ACHIEVED, permanence.date(),
                        "Permanence achieved by " + permanence.route().label());
            }
            if (!assessment.id().equals(leading)) {
                return assessment.close(AssessmentOutcome.WITHDRAWN, permanence.date(),
                        "Permanence achieved through another assessment of the same route");
            }
            Assessment finished = assessment;
            StageRecord last = assessment.stages().get(assessment.stages().size() - 1);
            if (last.completedOn() == null) {
                finished = assessment.completeStage(templates.of(assessment.type()), last.key(), permanence.date(),
                        permanence.recordedBy(), permanence.orderType().label());
            }
            return finished.close(AssessmentOutcome.PERMANENCE_ACHIEVED, permanence.date(),
                    permanence.orderType().label());
        }).toList();
    }
}
