package org.permanenceplatform.support.plan.domain;

import org.permanenceplatform.support.rules.domain.RuleBroken;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The support agreed with the family after a needs assessment: its services and its reviews.
 *
 * @param assessmentId the needs assessment it follows
 * @param reviewDue    when the plan is next to be reviewed
 */
public record SupportPlan(String id, String assessmentId, LocalDate agreed, LocalDate reviewDue,
                          List<PlannedService> services, List<PlanReview> reviews) {

    public SupportPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agreed, "agreed");
        services = services == null ? List.of() : List.copyOf(services);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        if (reviewDue != null && reviewDue.isBefore(agreed)) {
            throw new RuleBroken("reviewDue", "must not be before the plan was agreed (" + agreed + ")");
        }
    }

    public static SupportPlan agreed(String id, String assessmentId, LocalDate agreed, LocalDate reviewDue) {
        return new SupportPlan(id, assessmentId, agreed, reviewDue, List.of(), List.of());
    }

    public SupportPlan withService(PlannedService service) {
        if (service.start().isBefore(agreed)) {
            throw new RuleBroken("start", "a service cannot start before its plan was agreed (" + agreed + ")");
        }
        List<PlannedService> next = new ArrayList<>(services);
        next.add(service);
        return new SupportPlan(id, assessmentId, agreed, reviewDue, next, reviews);
    }

    /** A review held, which sets when the next one is due. */
    public SupportPlan reviewed(PlanReview review) {
        LocalDate last = reviews.isEmpty() ? agreed : reviews.get(reviews.size() - 1).held();
        if (review.held().isBefore(last)) {
            throw new RuleBroken("held", "must not be before the plan was agreed or last reviewed (" + last + ")");
        }
        if (review.nextReview() != null && !review.nextReview().isAfter(review.held())) {
            throw new RuleBroken("nextReview", "must be after the review was held");
        }
        List<PlanReview> next = new ArrayList<>(reviews);
        next.add(review);
        return new SupportPlan(id, assessmentId, agreed, review.nextReview(), services, next);
    }
}
