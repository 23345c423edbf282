package org.permanenceplatform.outcomes.indicator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One pseudonymised child in the national dataset: who the child is, the periods of care in order, education facts
 * by academic year, and what support-service reports (support requests, breakdowns) once those events exist: empty
 * until then. Never a name, a full date of birth, an address or a local id; the child key stays in the store.
 */
public record Journey(ChildFacts child, List<PeriodOfCare> periods, List<EducationYear> education,
                      List<SupportRequest> supportRequests, List<Breakdown> breakdowns) {

    /** KS2 and KS4 results and attendance for one academic year ({@code 2024/25}). Unknowns are null. */
    public record EducationYear(String academicYear, Boolean ks2ExpectedStandardMet, BigDecimal attainment8,
                                BigDecimal sessionsMissedPercent, Integer suspensions, Boolean permanentlyExcluded) {
    }

    /** A request for post-permanence support and its clocks; later days are null until they happen. */
    public record SupportRequest(Route route, LocalDate received, LocalDate firstResponse, LocalDate serviceStarted) {
    }

    /** A permanence that broke down, and whether the child came back into care. */
    public record Breakdown(LocalDate date, boolean cameBackIntoCare) {
    }

    public Journey {
        Objects.requireNonNull(child, "child");
        periods = periods.stream().sorted(Comparator.comparing(PeriodOfCare::entered)).toList();
        education = List.copyOf(education);
        supportRequests = List.copyOf(supportRequests);
        breakdowns = List.copyOf(breakdowns);
    }

    public Journey(ChildFacts child, List<PeriodOfCare> periods) {
        this(child, periods, List.of(), List.of(), List.of());
    }

    /** The first period of care that began after the day. */
    public Optional<PeriodOfCare> nextPeriodAfter(LocalDate day) {
        return periods.stream().filter(period -> period.entered().isAfter(day)).findFirst();
    }

    public Optional<PeriodOfCare> periodOn(LocalDate day) {
        return periods.stream().filter(period -> period.lookedAfterOn(day)).findFirst();
    }

    /** The first breakdown after a permanence of that day: reported by support, or a return to care. */
    public Optional<LocalDate> breakdownAfter(LocalDate permanence) {
        Optional<LocalDate> reported = breakdowns.stream().map(Breakdown::date)
                .filter(date -> date.isAfter(permanence)).min(Comparator.naturalOrder());
        Optional<LocalDate> reEntry = nextPeriodAfter(permanence).map(PeriodOfCare::entered);
        return reported.isEmpty() ? reEntry : reEntry.isEmpty() ? reported
                : Optional.of(reported.get().isBefore(reEntry.get()) ? reported.get() : reEntry.get());
    }

    public Optional<EducationYear> educationIn(String academicYear) {
        return education.stream().filter(year -> academicYear.equals(year.academicYear())).findFirst();
    }
}
