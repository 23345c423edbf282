package org.permanenceplatform.support.supportcase.domain;

import java.util.List;

/**
 * The permanence family: the adults the child lives with and where.
 *
 * @param adults  each adult's name and relationship to the child
 * @param address the family's address; may be unknown
 */
public record Household(List<Adult> adults, String address) {

    public Household {
        adults = adults == null ? List.of() : List.copyOf(adults);
    }

    public record Adult(String name, String relationshipToChild) {
    }

    public static Household unknown() {
        return new Household(List.of(), null);
    }
}
