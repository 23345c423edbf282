package org.permanenceplatform.outcomes.indicator.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * 4. {@code adoption_a2}: mean days from court authority to place (placement order E1; legacy freeing order D1) to the
 * agency decision on the match ({@code match-decision} stage of the adoption assessment), for children adopted in the
 * period. A match before the order counts as 0. Children with no placement or freeing order, no match decision, or
 * not placed for adoption (A3-A6) before the adoption order are left out.
 */
public final class AdoptionA2 extends AdoptionScorecard {

    static final int THRESHOLD_DAYS = 121;
    private static final Set<String> AUTHORITY_TO_PLACE = Set.of("E1", "D1");

    static final IndicatorDefinition DEFINITION = new IndicatorDefinition("adoption_a2",
            "Adoption A2: days from court authority to place to the match decision", "days",
            "Days from the first placement order (E1) or freeing order (D1) legal status to the agency decision on"
                    + " the match; 0 where the match came first",
            "Children adopted (E11, E12) in the financial year who had a placement or freeing order and were placed"
                    + " for adoption before the adoption order",
            ROLLING_MEAN, MEASURES, Optional.of(THRESHOLD_DAYS));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    Optional<Long> days(PeriodOfCare adopted) {
        Optional<LocalDate> authority = adopted.firstLegalStatus(AUTHORITY_TO_PLACE);
        Optional<LocalDate> match = adopted.assessments().stream()
                .filter(assessment -> assessment.route() == Route.ADOPTION)
                .flatMap(assessment -> assessment.completed("match-decision").stream()).findFirst();
        boolean placedBeforeOrder = adopted.firstAdoptionPlacement()
                .filter(placement -> placement.start().isBefore(adopted.ended())).isPresent();
        if (authority.isEmpty() || match.isEmpty() || !placedBeforeOrder) {
            return Optional.empty();
        }
        return Optional.of(Math.max(0, ChronoUnit.DAYS.between(authority.get(), match.get())));
    }
}
