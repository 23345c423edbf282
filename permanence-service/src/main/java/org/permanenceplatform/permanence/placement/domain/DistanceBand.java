package org.permanenceplatform.permanence.placement.domain;

/**
 * Where a placement is from the child's home, in the bands of the DfE's location of placements statistics: inside
 * or outside the responsible LA, and under or at least 20 miles away. The band is worked out inside the LA, so that
 * no postcode ever leaves it; only the band is stored and sent to the national dataset.
 */
public enum DistanceBand {
    INSIDE_LA_UNDER_20_MILES("Inside the LA, under 20 miles from home"),
    INSIDE_LA_20_MILES_OR_MORE("Inside the LA, 20 miles or more from home"),
    OUTSIDE_LA_UNDER_20_MILES("Outside the LA, under 20 miles from home"),
    OUTSIDE_LA_20_MILES_OR_MORE("Outside the LA, 20 miles or more from home"),
    UNKNOWN("Not known");

    private final String label;

    DistanceBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
