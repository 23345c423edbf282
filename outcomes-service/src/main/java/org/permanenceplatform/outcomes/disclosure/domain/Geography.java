package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.Objects;

/**
 * Where a row's figures come from: England, a DfE region (ONS code), a board's grouping of LAs, or one LA (3-digit
 * DfE code). Rows that are not about a place (a route, an age band) take the geography of the table they are in.
 */
public record Geography(GeographyLevel level, String code) {

    public Geography {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
    }

    public static Geography england() {
        return new Geography(GeographyLevel.ENGLAND, "E92000001");
    }

    public static Geography region(String onsCode) {
        return new Geography(GeographyLevel.REGION, onsCode);
    }

    public static Geography grouping(String name) {
        return new Geography(GeographyLevel.BOARD_GROUPING, name);
    }

    public static Geography localAuthority(String laCode) {
        return new Geography(GeographyLevel.LOCAL_AUTHORITY, laCode);
    }
}
