package org.permanenceplatform.generator.journey;

import org.permanenceplatform.generator.journey.Codes.Ethnicity;
import org.permanenceplatform.generator.journey.Codes.Sex;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One synthetic child of one LA, with every period of care the generator gave them, in date order. */
public record Child(String laCode, String childId, Sex sex, Ethnicity ethnicity, LocalDate birthDate,
                    boolean disabled, boolean uasc, String upn, List<PeriodOfCare> periods) {

    public Child {
        periods = List.copyOf(periods);
    }

    /** The child as known at the end of {@code day}; empty if they had not yet come into care. */
    public Optional<Child> asOf(LocalDate day) {
        if (periods.stream().allMatch(p -> p.end() != null && !p.end().isAfter(day))) {
            return Optional.of(this);
        }
        List<PeriodOfCare> known = periods.stream().flatMap(p -> p.asOf(day).stream()).toList();
        return known.isEmpty() ? Optional.empty()
                : Optional.of(new Child(laCode, childId, sex, ethnicity, birthDate, disabled, uasc, upn, known));
    }

    public LocalDate eighteenthBirthday() {
        return birthDate.plusYears(18);
    }
}
