package org.permanenceplatform.permanence.assessment.domain;

import org.permanenceplatform.permanence.rules.domain.RuleBroken;

import java.util.List;
import java.util.Objects;

/**
 * The people assessed: the prospective carers' household, or the parents for a return home.
 *
 * @param kinship whether they are relatives, friends or other connected people: a carer attribute on every route
 */
public record Household(List<HouseholdAdult> adults, String address, boolean kinship) {

    public static final int MAX_ADULTS = 6;
    public static final int MAX_TEXT = 300;

    public Household {
        adults = List.copyOf(Objects.requireNonNull(adults, "adults"));
        if (adults.isEmpty() || adults.size() > MAX_ADULTS) {
            throw new RuleBroken("household.adults", "a household has 1 to " + MAX_ADULTS + " adults");
        }
        address = address == null || address.isBlank() ? null : address.strip();
        if (address != null && address.length() > MAX_TEXT) {
            throw new RuleBroken("household.address", "an address is up to " + MAX_TEXT + " characters");
        }
    }

    /** The names of the adults, for display ("Sam and Alex Smith"). */
    public String names() {
        List<String> names = adults.stream().map(HouseholdAdult::name).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** One adult of the household and how they are related to the child ("maternal grandmother", "foster carer"). */
    public record HouseholdAdult(String name, String relationshipToChild) {

        public HouseholdAdult {
            name = Objects.requireNonNull(name, "name").strip();
            relationshipToChild = Objects.requireNonNull(relationshipToChild, "relationshipToChild").strip();
            if (name.isEmpty() || name.length() > MAX_TEXT || relationshipToChild.isEmpty()
                    || relationshipToChild.length() > MAX_TEXT) {
                throw new RuleBroken("household.adults", "each adult needs a name and a relationship to the child");
            }
        }
    }
}
