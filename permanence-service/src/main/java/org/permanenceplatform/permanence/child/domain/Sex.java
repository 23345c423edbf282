package org.permanenceplatform.permanence.child.domain;

/** The child's sex as the SSDA903 return records it (2024-25 onwards: M, F, U). */
public enum Sex {
    MALE("M"),
    FEMALE("F"),
    UNKNOWN("U");

    private final String ssda903Code;

    Sex(String ssda903Code) {
        this.ssda903Code = ssda903Code;
    }

    public String ssda903Code() {
        return ssda903Code;
    }
}
