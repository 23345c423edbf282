package org.permanenceplatform.outcomes.figures.domain;

import org.permanenceplatform.outcomes.indicator.domain.ChildFacts;
import org.permanenceplatform.outcomes.indicator.domain.Cohort;
import org.permanenceplatform.outcomes.indicator.domain.Journey;
import org.permanenceplatform.outcomes.indicator.domain.PeriodOfCare;
import org.permanenceplatform.outcomes.indicator.domain.Placement;
import org.permanenceplatform.outcomes.indicator.domain.Route;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random journeys across the LAs of {@link Adoptions}: every route, short breaks, temporary and same-carer
 * placements, costs, education and children still in care, so every indicator has something to count in every cut.
 */
final class GeneratedCohort {

    private static final String[] LAS = {"840", "841", "842", "202", "203"};
    private static final String[] PLACEMENT_TYPES = {"U1", "U3", "U4", "U6", "T1", "R1", "K2", "A4", "A5"};
    private static final String[] EXITS = {"E11", "E41", "E45", "E4A", "E17", "E13"};
    private static final String[] STATUSES = {"C2", "C2", "V3", "J2"};
    private static final String[] DISTANCE_BANDS = {"INSIDE_LA_UNDER_20_MILES", "INSIDE_LA_20_MILES_OR_MORE",
            "OUTSIDE_LA_UNDER_20_MILES", "OUTSIDE_LA_20_MILES_OR_MORE", "UNKNOWN"};
    private static final String[] SEXES = {"MALE", "FEMALE"};
    private static final String[] ETHNIC_GROUPS = {"WHITE", "MIXED", "ASIAN", "BLACK", "OTHER"};

    private GeneratedCohort() {
    }

    static Cohort of(long seed, int children) {
        Random random = new Random(seed);
        List<Journey> journeys = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            LocalDate entered = LocalDate.parse("2018-04-01").plusDays(random.nextInt(2500));
            YearMonth birthMonth = YearMonth.from(entered.minusDays(200 + random.nextInt(6000)));
            ChildFacts child = new ChildFacts(LAS[random.nextInt(LAS.length)], null,
                    SEXES[random.nextInt(SEXES.length)], ETHNIC_GROUPS[random.nextInt(ETHNIC_GROUPS.length)],
                    birthMonth, random.nextInt(8) == 0, random.nextInt(12) == 0);
            journeys.add(new Journey(child, List.of(period(random, entered)),
                    List.of(new Journey.EducationYear("2024/25", random.nextBoolean(), new BigDecimal("38.5"),
                            new BigDecimal(random.nextInt(20)), 0, false)), List.of(), List.of()));
        }
        return new Cohort(journeys, LocalDate.parse("2026-06-30"));
    }

    private static PeriodOfCare period(Random random, LocalDate entered) {
        List<Placement> placements = new ArrayList<>();
        LocalDate start = entered;
        int count = 1 + random.nextInt(4);
        for (int p = 1; p <= count; p++) {
            LocalDate end = start.plusDays(20 + random.nextInt(400));
            placements.add(new Placement(p, start, end, PLACEMENT_TYPES[random.nextInt(PLACEMENT_TYPES.length)],
                    "PR" + random.nextInt(6), random.nextBoolean(), random.nextInt(5) == 0, null,
                    random.nextInt(4) == 0 ? "DISRUPTION" : "PLANNED_MOVE", DISTANCE_BANDS[random.nextInt(DISTANCE_BANDS.length)],
                    new BigDecimal(300 + random.nextInt(4000)), random.nextBoolean() ? "SPOT" : "IN_HOUSE"));
            start = end;
        }
        boolean left = random.nextInt(3) > 0;
        String exit = EXITS[random.nextInt(EXITS.length)];
        Route route = Route.values()[random.nextInt(Route.values().length)];
        PeriodOfCare.Permanence permanence = left ? new PeriodOfCare.Permanence(route, start, "ORDER", random
                .nextBoolean()) : null;
        return new PeriodOfCare(1, entered, "1 to 4", List.of(
                new PeriodOfCare.LegalStatusFrom(entered, STATUSES[random.nextInt(STATUSES.length)]),
                new PeriodOfCare.LegalStatusFrom(entered.plusDays(90), "E1")),
                left ? start : null, left ? exit : null, null,
                List.of(new PeriodOfCare.PlanChange(entered.plusDays(30), route, null)), List.of(), placements,
                permanence);
    }
}
