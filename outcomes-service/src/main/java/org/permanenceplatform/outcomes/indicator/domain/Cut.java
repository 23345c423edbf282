package org.permanenceplatform.outcomes.indicator.domain;

/**
 * How an indicator's figures are split into rows: the row a subject falls in. A {@link Dimension} is one cut,
 * a {@link CrossCut} two at once.
 */
public interface Cut {

    /** The row the subject falls in. */
    String valueOf(Subject subject);

    /**
     * The row for a subject that the indicator already places in a group named by the route (education's
     * previously looked-after pupils by the route they left by): the group followed by the cut's value, or the
     * group alone where the cut is by route, which the group already says.
     */
    String within(String group, Subject subject);
}
