package org.permanenceplatform.outcomes.indicator.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * 3. {@code adoption_a10}: mean days from entering care to moving in with the adoptive family, for children adopted
 * in the period. Where the foster carers adopt (an A3/A5 placement, or one recorded with the same carers), the clock
 * stops on the day the child began living with those carers: the start of that carer spell.
 */
public final class AdoptionA10 extends AdoptionScorecard {

    static final int THRESHOLD_DAYS = 426;

    static final IndicatorDefinition DEFINITION = new IndicatorDefinition("adoption_a10",
            "Adoption A10: days from entering care to moving in with the adoptive family", "days",
            "Days from the start of the period of care that ended in adoption to the start of the first adoption"
                    + " placement (A3-A6); for adoption by the foster carers, to the day the child began living with"
                    + " them",
            "Children adopted (E11, E12) in the financial year with an adoption placement",
            ROLLING_MEAN, MEASURES, Optional.of(THRESHOLD_DAYS));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    Optional<Long> days(PeriodOfCare adopted) {
        return adopted.firstAdoptionPlacement().map(placement -> movedIn(adopted, placement))
                .map(movedIn -> ChronoUnit.DAYS.between(adopted.entered(), movedIn));
    }

    private static LocalDate movedIn(PeriodOfCare period, Placement adoption) {
        if (!adoption.withCurrentCarers()) {
            return adoption.start();
        }
        List<CarerSpell> spells = period.carerSpells();
        return spells.stream().filter(spell -> spell.openOn(adoption.start())).findFirst()
                .map(CarerSpell::start).orElse(adoption.start());
    }
}
