package org.permanenceplatform.permanence.adopter.domain;

import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.rules.domain.RuleBroken;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The agency decision maker's decision on prospective adopters' approval, checked as it is made: an approval says
 * what the adopters are approved for (an age range of children under 18 and how many), a refusal needs none of it.
 *
 * @param ageFrom          the youngest age approved for, in years (only when approved)
 * @param ageTo            the oldest age approved for, in years (only when approved)
 * @param numberOfChildren how many children together (only when approved)
 */
public record ApprovalDecision(boolean approved, LocalDate decidedOn, String reasons, Integer ageFrom,
                               Integer ageTo, Integer numberOfChildren) {

    public static final int OLDEST_AGE = 17;
    public static final int MAX_CHILDREN = 4;

    public ApprovalDecision {
        Objects.requireNonNull(decidedOn, "decidedOn");
        reasons = Objects.requireNonNull(reasons, "reasons").strip();
        if (reasons.isEmpty() || reasons.length() > Assessment.MAX_TEXT) {
            throw new RuleBroken("reasons", "the decision's reasons, up to " + Assessment.MAX_TEXT + " characters");
        }
        if (approved) {
            checkApprovedFor(ageFrom, ageTo, numberOfChildren);
        } else if (ageFrom != null || ageTo != null || numberOfChildren != null) {
            throw new RuleBroken("approved", "an age range and number of children are given only with an approval");
        }
    }

    private static void checkApprovedFor(Integer ageFrom, Integer ageTo, Integer numberOfChildren) {
        if (ageFrom == null || ageFrom < 0 || ageFrom > OLDEST_AGE) {
            throw new RuleBroken("ageFrom", "the youngest age approved for, 0 to " + OLDEST_AGE);
        }
        if (ageTo == null || ageTo < ageFrom || ageTo > OLDEST_AGE) {
            throw new RuleBroken("ageTo", "the oldest age approved for, from " + ageFrom + " to " + OLDEST_AGE);
        }
        if (numberOfChildren == null || numberOfChildren < 1 || numberOfChildren > MAX_CHILDREN) {
            throw new RuleBroken("numberOfChildren", "how many children together, 1 to " + MAX_CHILDREN);
        }
    }

    /** What the adopters are approved for, when this is an approval. */
    Approval approval(String by) {
        return new Approval(decidedOn, ageFrom, ageTo, numberOfChildren, by);
    }
}
