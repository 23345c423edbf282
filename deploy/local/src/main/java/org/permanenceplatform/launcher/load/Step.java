package org.permanenceplatform.launcher.load;

import java.time.LocalDate;

/**
 * One call of a child's replay, on its day, with its place among that day's calls (lower first); steps of the same
 * day and order keep the order they were added in. On the permanence record's day: placements end, then legal
 * status, then reviews and plan, then assessments start, then placements start, then stages are completed and
 * school years recorded, then care ends.
 */
record Step(LocalDate date, int order, Runnable call) {

    static final int PLACEMENT_ENDS = 0;
    static final int LEGAL_STATUS = 1;
    static final int PLAN = 2;
    static final int ASSESSMENT_STARTS = 3;
    static final int PLACEMENT_STARTS = 4;
    static final int PROGRESS = 5;
    static final int CARE_ENDS = 6;
}
