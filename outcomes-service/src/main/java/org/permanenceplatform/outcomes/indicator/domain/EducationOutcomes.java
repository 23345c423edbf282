package org.permanenceplatform.outcomes.indicator.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * 12. {@code education}: KS2 reading, writing and maths expected standard (share), mean Attainment 8 and persistent
 * absence (share missing 10% or more of sessions), in the academic year that contains the financial year's 31 March
 * (2024-25 reads 2024/25). Two kinds of group: children who had left care to permanence before that academic year
 * began and were not looked after on 31 March, by route; and children looked after continuously for 12 months on 31
 * March ({@code LOOKED_AFTER_12_MONTHS}). Rows are the group, then the cut when the cut is not the route.
 */
public final class EducationOutcomes implements Indicator {

    static final String LOOKED_AFTER = "LOOKED_AFTER_12_MONTHS";
    private static final BigDecimal PERSISTENT = BigDecimal.TEN;

    static final IndicatorDefinition DEFINITION = Tables.definition("education", "Education outcomes", "mixed",
            "Pupils meeting the KS2 expected standard in reading, writing and maths; Attainment 8 points; pupils"
                    + " missing 10% or more of possible sessions",
            "Pupils with that fact recorded for the academic year containing 31 March: previously looked-after"
                    + " children by the route they left care by, and children looked after continuously for 12 months",
            "Shares over the pupils with the fact recorded; mean Attainment 8 to 1 decimal place.",
            List.of("pupils", "ks2_expected_standard_share", "mean_attainment8", "persistent_absence_share"));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        String academicYear = "%d/%02d".formatted(year.startYear(), (year.startYear() + 1) % 100);
        List<Pupil> pupils = new ArrayList<>();
        for (Journey journey : cohort.journeys()) {
            group(journey, year).ifPresent(member -> journey.educationIn(academicYear)
                    .ifPresent(facts -> pupils.add(new Pupil(member.subject(), member.group(), facts))));
        }
        Function<Pupil, String> row = pupil -> cut.within(pupil.group(), pupil.subject());
        Map<String, Map<String, Figure>> rows = new LinkedHashMap<>();
        pupils.stream().collect(java.util.stream.Collectors.groupingBy(row)).forEach((key, members) -> rows.put(key,
                figures(members)));
        return new IndicatorTable(DEFINITION.id(), year, cut, DEFINITION.measures(), rows);
    }

    private static Map<String, Figure> figures(List<Pupil> members) {
        List<Journey.EducationYear> facts = members.stream().map(Pupil::facts).toList();
        List<Journey.EducationYear> ks2 = facts.stream().filter(f -> f.ks2ExpectedStandardMet() != null).toList();
        List<Journey.EducationYear> absence = facts.stream().filter(f -> f.sessionsMissedPercent() != null).toList();
        return Map.of("pupils", new Figure.Count(members.size()),
                "ks2_expected_standard_share", Tables.share(ks2, f -> f.ks2ExpectedStandardMet(), true),
                "mean_attainment8", Statistics.mean(facts.stream().map(Journey.EducationYear::attainment8)
                        .filter(java.util.Objects::nonNull).toList(), 1),
                "persistent_absence_share", Tables.share(absence,
                        f -> f.sessionsMissedPercent().compareTo(PERSISTENT) >= 0, true));
    }

    /** The child's group, if any: in care 12 months on 31 March, or left to permanence before the school year. */
    private static Optional<Pupil> group(Journey journey, FinancialYear year) {
        LocalDate march31 = year.lastDay();
        Optional<PeriodOfCare> current = journey.periodOn(march31);
        if (current.isPresent()) {
            return current.filter(period -> !period.entered().isAfter(march31.minusMonths(12)))
                    .map(period -> new Pupil(Subject.of(journey, period), LOOKED_AFTER, null));
        }
        LocalDate schoolYearStart = LocalDate.of(year.startYear(), 9, 1);
        return journey.periods().stream().filter(period -> period.permanence() != null
                        && period.permanence().endsCare() && period.permanence().date().isBefore(schoolYearStart))
                .reduce((a, b) -> b).map(period -> new Pupil(Subject.of(journey, period),
                        period.permanence().route().name(), null));
    }

    /** A child in one of the groups, with the year's education facts once found. */
    private record Pupil(Subject subject, String group, Journey.EducationYear facts) {
    }
}
