package org.permanenceplatform.permanence.adopter.domain;

import org.permanenceplatform.permanence.assessment.domain.Household;
import org.permanenceplatform.permanence.rules.domain.RuleBroken;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who the prospective adopters are: one adult applying alone or two applying as a couple, where they live, the day
 * the agency received their registration of interest (stage one counts from it), and the worker allocated.
 *
 * <p>Not an {@link Household}: that is a household assessed for a particular child, each adult with a relationship
 * to the child; prospective adopters are approved before any child is known.
 */
public record HouseholdDetails(List<String> adults, String address, LocalDate registeredInterest,
                               String allocatedWorker) {

    public static final int MAX_ADULTS = 2;
    public static final int MAX_TEXT = Household.MAX_TEXT;
    public static final int MAX_WORKER = 100;

    public HouseholdDetails {
        adults = List.copyOf(Objects.requireNonNull(adults, "adults")).stream().map(String::strip).toList();
        if (adults.isEmpty() || adults.size() > MAX_ADULTS) {
            throw new RuleBroken("adults", "prospective adopters apply alone or as a couple: 1 or 2 adults");
        }
        if (adults.stream().anyMatch(name -> name.isEmpty() || name.length() > MAX_TEXT)) {
            throw new RuleBroken("adults", "each adult needs a name of up to " + MAX_TEXT + " characters");
        }
        address = Objects.requireNonNull(address, "address").strip();
        if (address.isEmpty() || address.length() > MAX_TEXT) {
            throw new RuleBroken("address", "an address of up to " + MAX_TEXT + " characters is needed");
        }
        Objects.requireNonNull(registeredInterest, "registeredInterest");
        allocatedWorker = allocatedWorker == null || allocatedWorker.isBlank() ? null : allocatedWorker.strip();
        if (allocatedWorker != null && allocatedWorker.length() > MAX_WORKER) {
            throw new RuleBroken("allocatedWorker", "up to " + MAX_WORKER + " characters");
        }
    }

    /** The adults' names for display ("Sam Green and Alex Green"). */
    public String names() {
        return String.join(" and ", adults);
    }
}
