package org.permanenceplatform.outcomes.figures.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Geography;
import org.permanenceplatform.outcomes.disclosure.domain.GeographyLevel;

import java.util.Objects;
import java.util.Set;

/**
 * A place figures are given for (England, a DfE region, a board's grouping of LAs, or one LA) with its name and the
 * LAs whose children it covers. Its figures are computed from exactly those LAs' children, so a whole adds up to its
 * parts.
 */
public record Area(Geography geography, String name, Set<String> las) {

    public Area {
        Objects.requireNonNull(geography, "geography");
        Objects.requireNonNull(name, "name");
        las = Set.copyOf(las);
        if (las.isEmpty()) {
            throw new IllegalArgumentException(name + " covers no LA");
        }
        if (geography.level() == GeographyLevel.LOCAL_AUTHORITY && !las.equals(Set.of(geography.code()))) {
            throw new IllegalArgumentException("an LA covers itself only");
        }
    }

    public static Area localAuthority(String code, String name) {
        return new Area(Geography.localAuthority(code), name, Set.of(code));
    }

    /** How far down it lies: England 0, a region or board grouping 1, an LA 2. */
    int depth() {
        return switch (geography.level()) {
            case ENGLAND -> 0;
            case REGION, BOARD_GROUPING -> 1;
            case LOCAL_AUTHORITY -> 2;
        };
    }

    /** The row key of its figures: unique within a table even when a grouping shares a code with a region. */
    String key() {
        return geography.level() + " " + geography.code();
    }
}
