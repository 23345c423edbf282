package org.permanenceplatform.outcomes.indicator.domain;

import java.util.List;
import java.util.Optional;

/**
 * The 15 indicators of DOMAIN.md, in its order, then two shares of the children looked after on 31 March (placed 20
 * miles or more from home; in residential care): what the definitions endpoint serves and what views compute.
 */
public final class IndicatorCatalogue {

    private final List<Indicator> indicators;

    /** @param supportStandardDays the configured standard for a first response to a support request, in days */
    public IndicatorCatalogue(int supportStandardDays) {
        this.indicators = List.of(new PermanenceAchieved(), new DaysToPermanence(), new AdoptionA10(),
                new AdoptionA2(), new PermanenceWithin12Months(), new PlacementMoves3Plus(), new LongTermStability(),
                new MovesPer1000Days(), new BreakdownRate(), new ReEntry12Months(),
                new SupportTimeliness(supportStandardDays), new EducationOutcomes(), new WaitingWithPlacementOrder(),
                new StayingPut18(), new PlacementCostLikeForLike(),
                new PlacedFarFromHome(), new ResidentialCare());
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public List<IndicatorDefinition> definitions() {
        return indicators.stream().map(Indicator::definition).toList();
    }

    public Optional<Indicator> find(String id) {
        return indicators.stream().filter(indicator -> indicator.definition().id().equals(id)).findFirst();
    }
}
