package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a table is published to. A board, the national board or an export sees only disclosure-controlled figures; an
 * LA looking at its own data may see its own counts unsuppressed (it holds them already), while every other figure
 * in the same table is still controlled as if that LA were an attacker who knows its own numbers.
 */
public record Viewer(Optional<String> ownLa) {

    public Viewer {
        Objects.requireNonNull(ownLa, "ownLa");
    }

    /** A board, the national board or an export: nothing is exempt. */
    public static Viewer beyondOneLa() {
        return new Viewer(Optional.empty());
    }

    /** An LA's own view: its own rows are shown unsuppressed. */
    public static Viewer ownLa(String laCode) {
        return new Viewer(Optional.of(laCode));
    }

    /** Whether this viewer may see the row's figures unsuppressed because they are the viewer's own. */
    public boolean owns(Geography geography) {
        return geography.level() == GeographyLevel.LOCAL_AUTHORITY && ownLa.filter(geography.code()::equals).isPresent();
    }
}
