package org.permanenceplatform.support.request.domain;

/** The three clocks a support request runs, each from the day it was received (indicator 11, support_timeliness). */
public enum ClockKind {
    FIRST_RESPONSE("First response"),
    NEEDS_ASSESSMENT("Needs assessment"),
    SERVICE_START("Service start");

    private final String label;

    ClockKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
