package org.permanenceplatform.outcomes.indicator.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * 14. {@code staying_put_18}: of young people who ceased to be looked after on their 18th birthday from a foster
 * placement (the last placement not temporary is U1-U6), the share whose period ended E17 (stayed with their carers).
 * Only the birth month is held, so "on their 18th birthday" is read as "in the calendar month they turned 18"
 * (ADR 013).
 */
public final class StayingPut18 implements Indicator {

    static final IndicatorDefinition DEFINITION = Tables.definition("staying_put_18",
            "Staying put at 18", "percent",
            "Young people whose period of care ended E17 (remained with their carers)",
            "Young people who ceased care in the financial year, in the month of their 18th birthday, from a foster"
                    + " placement (U1-U6)",
            "Share.", List.of(Tables.CHILDREN, Tables.SHARE));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        List<Subject> leavers = new ArrayList<>();
        for (Journey journey : cohort.journeys()) {
            YearMonth eighteenth = YearMonth.from(BirthMonth.birthday(journey.child().birthMonth(), 18));
            journey.periods().stream()
                    .filter(period -> year.contains(period.ended()))
                    .filter(period -> YearMonth.from(period.ended()).equals(eighteenth))
                    .filter(StayingPut18::fromFosterCare)
                    .forEach(period -> leavers.add(Subject.of(journey, period)));
        }
        return Tables.shares(DEFINITION, year, cut, leavers, subject -> "E17".equals(subject.period().reasonCeased()),
                true);
    }

    private static boolean fromFosterCare(PeriodOfCare period) {
        LocalDate ended = period.ended();
        return period.placements().stream().filter(placement -> !placement.temporary())
                .filter(placement -> placement.start().isBefore(ended)).reduce((a, b) -> b)
                .filter(Placement::foster).isPresent();
    }
}
