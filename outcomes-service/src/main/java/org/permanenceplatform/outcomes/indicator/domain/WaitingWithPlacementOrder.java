package org.permanenceplatform.outcomes.indicator.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Figure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * 13. {@code waiting_with_placement_order}: on 31 March, children looked after with a placement order (E1, or a
 * legacy freeing order D1, from on or before that day) who have not been placed for adoption (no A3-A6 placement
 * begun by then); and of those, the children who entered care 18 months or more before (on or before the same date
 * 18 months earlier).
 */
public final class WaitingWithPlacementOrder implements Indicator {

    private static final Set<String> ORDERS = Set.of("E1", "D1");
    private static final String LONG_WAIT = "waiting_18_months_since_entry";

    static final IndicatorDefinition DEFINITION = Tables.definition("waiting_with_placement_order",
            "Children waiting with a placement order", "children",
            "Children looked after on 31 March with a placement or freeing order and no adoption placement yet; and"
                    + " those of them who entered care 18 months or more before",
            "None: counts", "Counts on 31 March.", List.of(Tables.CHILDREN, LONG_WAIT));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        LocalDate march31 = year.lastDay();
        List<Subject> waiting = LookedAfterOn31March.in(cohort, year).stream()
                .filter(subject -> subject.period().firstLegalStatus(ORDERS)
                        .filter(order -> !order.isAfter(march31)).isPresent())
                .filter(subject -> subject.period().firstAdoptionPlacement()
                        .filter(placement -> !placement.start().isAfter(march31)).isEmpty())
                .toList();
        Map<String, Map<String, Figure>> rows = new LinkedHashMap<>();
        Tables.byCut(waiting, Function.identity(), cut).forEach((row, members) -> rows.put(row, Map.of(
                Tables.CHILDREN, new Figure.Count(members.size()),
                LONG_WAIT, new Figure.Count(members.stream().filter(subject ->
                        !subject.period().entered().isAfter(march31.minusMonths(18))).count()))));
        return new IndicatorTable(DEFINITION.id(), year, cut, DEFINITION.measures(), rows);
    }
}
