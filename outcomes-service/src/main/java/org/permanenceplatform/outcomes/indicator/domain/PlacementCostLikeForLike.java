package org.permanenceplatform.outcomes.indicator.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 15. {@code placement_cost_like_for_like}: median weekly cost of placements that started in the period (temporary
 * stays and placements without a cost left out), compared like for like: one row per placement type, age band at the
 * start, provider type (own LA PR1, other LA PR2, private PR4, voluntary PR5, other) and purchase route, beside the
 * share of those placements that ended in disruption within 12 months of starting ({@code x} until 12 months after
 * the end of the year). Rows are the cut, then the like-for-like key.
 */
public final class PlacementCostLikeForLike implements Indicator {

    private static final Map<String, String> PROVIDER_TYPES = Map.of("PR1", "OWN_LA", "PR2", "OTHER_LA",
            "PR4", "PRIVATE", "PR5", "VOLUNTARY");

    static final IndicatorDefinition DEFINITION = Tables.definition("placement_cost_like_for_like",
            "Weekly placement cost, like for like, beside disruption", "pounds a week",
            "Weekly cost of each placement; placements ending in disruption on or before 12 months after the start",
            "Placements (not T0-T4) with a recorded weekly cost that started in the financial year",
            "Median weekly cost (middle value, or the mean of the two middle values, to 2 decimal places) and the"
                    + " share disrupted, per placement type, age band at the start, provider type and purchase route.",
            List.of("placements", "median_weekly_cost", "disruption_share"));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        List<Started> started = new ArrayList<>();
        for (Journey journey : cohort.journeys()) {
            for (PeriodOfCare period : journey.periods()) {
                Subject child = Subject.of(journey, period);
                period.placements().stream().filter(placement -> !placement.temporary())
                        .filter(placement -> placement.weeklyCost() != null && year.contains(placement.start()))
                        .forEach(placement -> started.add(new Started(placement, new Subject(journey, period,
                                child.route(), placement.kinship(),
                                BirthMonth.ageBand(journey.child().birthMonth(), placement.start())))));
            }
        }
        boolean followedUp = cohort.followedUpTo(year.lastDay().plusMonths(12));
        Map<String, Map<String, Figure>> rows = new LinkedHashMap<>();
        started.stream().collect(Collectors.groupingBy(each -> cut.valueOf(each.subject()) + " | " + likeForLike(each)))
                .forEach((row, members) -> rows.put(row, Map.of(
                        "placements", new Figure.Count(members.size()),
                        "median_weekly_cost", Statistics.median(members.stream()
                                .map(member -> member.placement().weeklyCost()).toList(), 2),
                        "disruption_share", Tables.share(members, member -> disruptedWithin12Months(
                                member.placement()), followedUp))));
        return new IndicatorTable(DEFINITION.id(), year, cut, DEFINITION.measures(), rows);
    }

    private static String likeForLike(Started started) {
        Placement placement = started.placement();
        return String.join(" | ", placement.type(), started.subject().ageBand(),
                PROVIDER_TYPES.getOrDefault(placement.provider(), "OTHER"),
                placement.purchaseRoute() == null ? "NOT_KNOWN" : placement.purchaseRoute());
    }

    private static boolean disruptedWithin12Months(Placement placement) {
        return placement.disruption() && placement.end() != null
                && !placement.end().isAfter(placement.start().plusMonths(12));
    }

    private record Started(Placement placement, Subject subject) {
    }
}
