package org.permanenceplatform.outcomes.indicator.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Figure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * 8. {@code moves_per_1000_days}: for children entering care in the period (not short breaks, not stays under 8
 * days), moves during the period over their days in care during the period, times 1,000. Days run from entry up to
 * the earliest of the day after 31 March, the day care ended and the 18th birthday (birth month convention); a move
 * is the start of any carer spell but the first, before that day. Adapted from the US CFSR measure.
 */
public final class MovesPer1000Days implements Indicator {

    private static final String RATE = "moves_per_1000_days";

    static final IndicatorDefinition DEFINITION = Tables.definition(RATE, "Placement moves per 1,000 days in care",
            "moves per 1,000 days",
            "Changes of carer after the first placement (not same-carer, legal-status-only or T0-T4) from entry"
                    + " to the end of the year, leaving care or the 18th birthday, whichever is first",
            "Days in care over the same span, for periods that began in the year, excluding short breaks (V3/V4)"
                    + " and stays of under 8 days",
            "Sum of moves / sum of days x 1,000, to 2 decimal places.",
            List.of(Tables.CHILDREN, "moves", "days", RATE));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        List<Subject> entrants = PermanenceWithin12Months.entrants(cohort, year).stream()
                .filter(subject -> subject.period().ended() == null
                        || ChronoUnit.DAYS.between(subject.period().entered(), subject.period().ended()) >= 8)
                .toList();
        Map<String, Map<String, Figure>> rows = new LinkedHashMap<>();
        Tables.byCut(entrants, Function.identity(), cut).forEach((row, members) -> {
            long moves = members.stream().mapToLong(subject -> moves(subject, stop(subject, year))).sum();
            long days = members.stream().mapToLong(subject -> Math.max(0, ChronoUnit.DAYS.between(
                    subject.period().entered(), stop(subject, year)))).sum();
            rows.put(row, Map.of(Tables.CHILDREN, new Figure.Count(members.size()), "moves", new Figure.Count(moves),
                    "days", new Figure.Count(days), RATE, new Figure.Rate(moves, days, 1000, members.size(), 2)));
        });
        return new IndicatorTable(DEFINITION.id(), year, cut, DEFINITION.measures(), rows);
    }

    /** The first day no longer counted. */
    private static LocalDate stop(Subject subject, FinancialYear year) {
        LocalDate stop = year.lastDay().plusDays(1);
        LocalDate ended = subject.period().ended();
        if (ended != null && ended.isBefore(stop)) {
            stop = ended;
        }
        LocalDate adult = BirthMonth.birthday(subject.journey().child().birthMonth(), 18);
        return adult.isBefore(stop) ? adult : stop;
    }

    private static long moves(Subject subject, LocalDate stop) {
        List<CarerSpell> spells = subject.period().carerSpells();
        return spells.stream().skip(1).filter(spell -> spell.start().isBefore(stop)).count();
    }
}
