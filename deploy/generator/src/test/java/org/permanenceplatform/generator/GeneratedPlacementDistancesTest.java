package org.permanenceplatform.generator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.generator.journey.Placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Distance bands on generated placements: every placement has one, in the reference's shares. */
class GeneratedPlacementDistancesTest {

    private static final Settings SETTINGS = new Settings(11, 2025, 3, LocalDate.of(2025, 3, 31),
            List.of("840", "201", "886"));
    private static final Set<String> BANDS = Set.of("INSIDE_LA_UNDER_20_MILES", "INSIDE_LA_20_MILES_OR_MORE",
            "OUTSIDE_LA_UNDER_20_MILES", "OUTSIDE_LA_20_MILES_OR_MORE", "UNKNOWN");
    private static final List<List<Placement>> periods = new ArrayList<>();

    @BeforeAll
    static void generate() {
        Generator.generate(SETTINGS, child -> child.periods().forEach(p -> periods.add(p.placements())));
    }

    @Test
    void everyPlacementHasOneOfPermanenceServicesDistanceBands() {
        assertThat(periods.stream().flatMap(List::stream)).hasSizeGreaterThan(3_000)
                .allSatisfy(placement -> assertThat(placement.distanceBand()).isIn(BANDS));
    }

    @Test
    void aPlacementWithThePreviousCarersIsWhereTheirsWas() {
        for (List<Placement> placements : periods) {
            for (int i = 1; i < placements.size(); i++) {
                if (placements.get(i).sameCarers()) {
                    assertThat(placements.get(i).distanceBand()).isEqualTo(placements.get(i - 1).distanceBand());
                }
            }
        }
    }

    @Test
    void aboutOnePlacementInFiveIsTwentyMilesOrMoreFromHome() {
        List<Placement> placements = periods.stream().flatMap(List::stream).toList();
        double far = placements.stream().filter(p -> p.distanceBand().endsWith("20_MILES_OR_MORE")).count()
                / (double) placements.size();
        double unknown = placements.stream().filter(p -> p.distanceBand().equals("UNKNOWN")).count()
                / (double) placements.size();

        assertThat(far).isCloseTo(0.21, within(0.03));
        assertThat(unknown).isCloseTo(0.13, within(0.03));
    }
}
