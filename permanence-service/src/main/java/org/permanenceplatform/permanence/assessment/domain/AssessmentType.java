package org.permanenceplatform.permanence.assessment.domain;

import org.permanenceplatform.permanence.reference.domain.Route;

import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of permanence assessment: one for each route a child may take, assessed the same way whatever the
 * route, and the approval of prospective adopters, which is about a household rather than a child.
 */
public enum AssessmentType {
    ADOPTION(Route.ADOPTION, "The child's adoption journey"),
    SPECIAL_GUARDIANSHIP(Route.SPECIAL_GUARDIANSHIP, "Special guardianship assessment"),
    KINSHIP(Route.KINSHIP, "Kinship (connected person) assessment"),
    LONG_TERM_FOSTERING(Route.LONG_TERM_FOSTERING, "Long-term fostering match"),
    RETURN_HOME(Route.RETURN_HOME, "Return home assessment"),
    /** Prospective adopters' own approval: not tied to a child, so it has no route. */
    ADOPTER_APPROVAL(null, "Prospective adopters' approval");

    private final Route route;
    private final String label;

    AssessmentType(Route route, String label) {
        this.route = route;
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The route this assessment leads the child along; empty for adopter approval. */
    public Optional<Route> route() {
        return Optional.ofNullable(route);
    }

    /** Whether the assessment is about a child (and so follows one of the child's routes). */
    public boolean forChild() {
        return route != null;
    }

    /** The child's assessment for a route. */
    public static AssessmentType forRoute(Route route) {
        Objects.requireNonNull(route, "route");
        for (AssessmentType type : values()) {
            if (type.route == route) {
                return type;
            }
        }
        throw new IllegalArgumentException("no assessment type for the route " + route);
    }
}
