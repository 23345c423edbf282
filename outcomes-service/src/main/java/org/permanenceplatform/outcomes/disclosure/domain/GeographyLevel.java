package org.permanenceplatform.outcomes.disclosure.domain;

/**
 * The level a figure describes. Counts for England and the 9 DfE regions are published rounded to the nearest 10;
 * LA counts and a board's own grouping of LAs are not rounded (DOMAIN.md, statistical disclosure control).
 */
public enum GeographyLevel {
    ENGLAND(true),
    REGION(true),
    BOARD_GROUPING(false),
    LOCAL_AUTHORITY(false);

    private final boolean countsRoundedToTens;

    GeographyLevel(boolean countsRoundedToTens) {
        this.countsRoundedToTens = countsRoundedToTens;
    }

    public boolean countsRoundedToTens() {
        return countsRoundedToTens;
    }
}
