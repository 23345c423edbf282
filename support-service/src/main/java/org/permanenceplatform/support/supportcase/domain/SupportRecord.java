package org.permanenceplatform.support.supportcase.domain;

import org.permanenceplatform.support.allowance.domain.Allowance;
import org.permanenceplatform.support.plan.domain.NeedsAssessment;
import org.permanenceplatform.support.plan.domain.SupportPlan;
import org.permanenceplatform.support.request.domain.SupportRequest;
import org.permanenceplatform.support.rules.domain.RuleBroken;
import org.permanenceplatform.support.stability.domain.Breakdown;
import org.permanenceplatform.support.stability.domain.RiskFlag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Everything the support case holds beyond who the family is: each part in the order it was recorded. */
public record SupportRecord(List<SupportRequest> requests, List<NeedsAssessment> assessments,
                            List<SupportPlan> plans, List<Allowance> allowances, List<RiskFlag> riskFlags,
                            List<Breakdown> breakdowns) {

    public static final SupportRecord EMPTY = new SupportRecord(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    public SupportRecord {
        requests = copy(requests);
        assessments = copy(assessments);
        plans = copy(plans);
        allowances = copy(allowances);
        riskFlags = copy(riskFlags);
        breakdowns = copy(breakdowns);
    }

    public SupportRequest request(String id, String field) {
        return requests.stream().filter(request -> request.id().equals(id)).findFirst()
                .orElseThrow(() -> new RuleBroken(field, "the case has no request " + id));
    }

    public SupportPlan plan(String id) {
        return plans.stream().filter(plan -> plan.id().equals(id)).findFirst()
                .orElseThrow(() -> new RuleBroken("planId", "the case has no plan " + id));
    }

    public SupportRecord withRequests(List<SupportRequest> next) {
        return new SupportRecord(next, assessments, plans, allowances, riskFlags, breakdowns);
    }

    /** The record with one request changed. */
    public SupportRecord changeRequest(String id, String field, UnaryOperator<SupportRequest> change) {
        SupportRequest changed = change.apply(request(id, field));
        return withRequests(requests.stream().map(r -> r.id().equals(id) ? changed : r).toList());
    }

    public SupportRecord withAssessments(List<NeedsAssessment> next) {
        return new SupportRecord(requests, next, plans, allowances, riskFlags, breakdowns);
    }

    /** The record with one plan changed. */
    public SupportRecord changePlan(String id, UnaryOperator<SupportPlan> change) {
        SupportPlan changed = change.apply(plan(id));
        return withPlans(plans.stream().map(p -> p.id().equals(id) ? changed : p).toList());
    }

    public SupportRecord withPlans(List<SupportPlan> next) {
        return new SupportRecord(requests, assessments, next, allowances, riskFlags, breakdowns);
    }

    public SupportRecord withAllowances(List<Allowance> next) {
        return new SupportRecord(requests, assessments, plans, next, riskFlags, breakdowns);
    }

    public SupportRecord withRiskFlags(List<RiskFlag> next) {
        return new SupportRecord(requests, assessments, plans, allowances, next, breakdowns);
    }

    public SupportRecord withBreakdowns(List<Breakdown> next) {
        return new SupportRecord(requests, assessments, plans, allowances, riskFlags, next);
    }

    /** A list with one more item at its end. */
    public static <T> List<T> plus(List<T> items, T item) {
        List<T> next = new ArrayList<>(items);
        next.add(item);
        return next;
    }

    private static <T> List<T> copy(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
