package org.permanenceplatform.generator.journey;

import org.permanenceplatform.generator.journey.Codes.Ethnicity;
import org.permanenceplatform.generator.journey.Codes.Sex;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One synthetic child of one LA, with every period of care the generator gave them, in date order; the assessments
 * of their plans' routes, their school years in care, and the support requests and breakdown after permanence.
 */
public record Child(String laCode, String childId, Sex sex, Ethnicity ethnicity, LocalDate birthDate,
                    boolean disabled, boolean uasc, String upn, List<PeriodOfCare> periods,
                    List<Assessment> assessments, List<EducationYear> education,
                    List<SupportRequest> supportRequests, List<Breakdown> breakdowns) {

    public Child {
        periods = List.copyOf(periods);
        assessments = List.copyOf(assessments);
        education = List.copyOf(education);
        supportRequests = List.copyOf(supportRequests);
        breakdowns = List.copyOf(breakdowns);
    }

    /** The child as known at the end of {@code day}; empty if they had not yet come into care. */
    public Optional<Child> asOf(LocalDate day) {
        List<PeriodOfCare> known = periods.stream().flatMap(p -> p.asOf(day).stream()).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Child(laCode, childId, sex, ethnicity, birthDate, disabled, uasc, upn, known,
                assessments.stream().flatMap(a -> a.asOf(day).stream()).toList(),
                education.stream().filter(year -> !year.known().isAfter(day)).toList(),
                supportRequests.stream().filter(r -> !r.received().isAfter(day)).map(r -> r.asOf(day)).toList(),
                breakdowns.stream().filter(b -> !b.date().isAfter(day)).toList()));
    }

    public LocalDate eighteenthBirthday() {
        return birthDate.plusYears(18);
    }
}
