package org.permanenceplatform.permanence.plan.domain;

import org.permanenceplatform.permanence.rules.domain.RuleBroken;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A child's permanence plan with its whole history: the current decision is the latest; none is ever overwritten.
 * The plan must exist by the second statutory review ({@link #setBy(LocalDate)}).
 */
public record PermanencePlan(List<PlanDecision> decisions) {

    public static final PermanencePlan NONE = new PermanencePlan(List.of());

    public PermanencePlan {
        decisions = List.copyOf(decisions);
    }

    public Optional<PlanDecision> current() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    /** The date the first plan was decided, if there is one. */
    public Optional<LocalDate> firstDecided() {
        return decisions.stream().findFirst().map(PlanDecision::decided);
    }

    /**
     * The plan with one more decision. A decision cannot be dated before the current one: the history reads in the
     * order things were decided.
     */
    public PermanencePlan decide(PlanDecision decision) {
        current().ifPresent(current -> {
            if (decision.decided().isBefore(current.decided())) {
                throw new RuleBroken("decided", "a plan decision cannot be dated before the current plan ("
                        + current.decided() + ")");
            }
        });
        List<PlanDecision> next = new ArrayList<>(decisions);
        next.add(decision);
        return new PermanencePlan(next);
    }

    /** Whether a plan was decided on or before {@code date} (for "plan by the second review"). */
    public boolean setBy(LocalDate date) {
        return firstDecided().filter(first -> !first.isAfter(date)).isPresent();
    }

    /** The decisions since {@code from} (inclusive): the plan history of one period of care. */
    public List<PlanDecision> since(LocalDate from) {
        return decisions.stream().filter(decision -> !decision.decided().isBefore(from)).toList();
    }
}
