package org.permanenceplatform.permanence.assessment.domain;

import org.permanenceplatform.permanence.clock.domain.Extension;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One stage of an assessment as its template defines it: what it is called, when it is due, who decides it, whether
 * it ends in a court order, and what extensions and waits the law allows.
 *
 * @param key               stable identifier within its template (lower case, words joined by - or _), kept in
 *                          records, so it must not change once used
 * @param title             what practitioners call the stage
 * @param clock             how the due date is set
 * @param decisionRole      the role the law gives the decision to ({@code DECISION_MAKER} for the agency decision
 *                          maker or nominated officer), or null when the stage is not such a decision
 * @param courtOrder        whether the stage is a court order (placement, adoption, special guardianship, child
 *                          arrangements, discharge of a care order)
 * @param maxExtensions     how many extensions the due date allows (0 for none)
 * @param maxExtensionWeeks the longest single extension, in weeks (0 when none are allowed)
 * @param earliestAfter     a wait after an earlier stage before this one may be completed, or null
 */
public record StageTemplate(String key, String title, StageClockRule clock, String decisionRole, boolean courtOrder,
                            int maxExtensions, int maxExtensionWeeks, EarliestAfter earliestAfter) {

    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*([-_][a-z0-9]+)*");
    public static final Pattern ROLE = Pattern.compile("[A-Z][A-Z_]*");
    public static final String DECISION_MAKER = "DECISION_MAKER";

    public StageTemplate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(clock, "clock");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("stage key '" + key + "' must be lower-case words joined by - or _");
        }
        title = title.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("stage " + key + " needs a title");
        }
        if (decisionRole != null && !ROLE.matcher(decisionRole).matches()) {
            throw new IllegalArgumentException("stage " + key + ": '" + decisionRole + "' is not a role name");
        }
        checkExtensionRule(key, clock, maxExtensions, maxExtensionWeeks);
        if (earliestAfter != null && earliestAfter.stageKey().equals(key)) {
            throw new IllegalArgumentException("stage " + key + " cannot wait for itself");
        }
    }

    private static void checkExtensionRule(String key, StageClockRule clock, int maxExtensions, int maxWeeks) {
        if (maxExtensions < 0 || maxWeeks < 0) {
            throw new IllegalArgumentException("stage " + key + ": extensions cannot be negative");
        }
        if ((maxExtensions == 0) != (maxWeeks == 0)) {
            throw new IllegalArgumentException("stage " + key + " must give both how many extensions it allows "
                    + "and how long each may be, or neither");
        }
        if (maxExtensions > 0 && clock instanceof StageClockRule.NoClock) {
            throw new IllegalArgumentException("stage " + key + " has no clock, so there is no due date to extend");
        }
    }

    /** A stage that is due by its clock and is neither a decision, an order nor extendable. */
    public static StageTemplate of(String key, String title, StageClockRule clock) {
        return new StageTemplate(key, title, clock, null, false, 0, 0, null);
    }

    /** Whether the stage is a decision the law gives to a named role. */
    public boolean isDecision() {
        return decisionRole != null;
    }

    /**
     * Checks extensions against this stage's rule, with a message saying which rule they break.
     *
     * @throws IllegalArgumentException when the stage allows no extension, or more are given than it allows, or one
     *                                  is longer than the longest it allows
     */
    public void checkExtensions(List<Extension> extensions) {
        if (extensions.isEmpty()) {
            return;
        }
        if (maxExtensions == 0) {
            throw new IllegalArgumentException("stage " + key + " (" + title + ") allows no extension");
        }
        if (extensions.size() > maxExtensions) {
            throw new IllegalArgumentException("stage " + key + " (" + title + ") allows at most " + maxExtensions
                    + (maxExtensions == 1 ? " extension" : " extensions") + ", not " + extensions.size());
        }
        for (Extension extension : extensions) {
            if (extension.weeks() > maxExtensionWeeks) {
                throw new IllegalArgumentException("an extension of stage " + key + " (" + title + ") may be at most "
                        + maxExtensionWeeks + " weeks, not " + extension.weeks());
            }
        }
    }
}
