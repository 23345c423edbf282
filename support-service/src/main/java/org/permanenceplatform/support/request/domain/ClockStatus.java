package org.permanenceplatform.support.request.domain;

/** Where one clock of a request stands on a given day. */
public enum ClockStatus {
    /** Stopped on or before its due date. */
    MET,
    /** Stopped after its due date. */
    MET_LATE,
    /** Running, and today is after the due date. */
    OVERDUE,
    /** Running, and due today or within the standards' due-soon days. */
    DUE_SOON,
    /** Running, due later than that. */
    ON_TRACK;

    public boolean running() {
        return this == OVERDUE || this == DUE_SOON || this == ON_TRACK;
    }
}
