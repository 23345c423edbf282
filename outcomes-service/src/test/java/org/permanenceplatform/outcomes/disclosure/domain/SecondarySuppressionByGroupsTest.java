package org.permanenceplatform.outcomes.disclosure.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secondary suppression that counts each margin's hidden cells as it goes and solves each group of hidden cells on
 * its own hides exactly the cells, in the same order, that the one-system search did ({@link OneSystemSuppression}):
 * over the random board tables of the property test, and over wider tables whose many category columns without a
 * total fall into many independent groups, as a national table by category does.
 */
class SecondarySuppressionByGroupsTest {

    @Test
    void theBoardTablesOfThePropertyTestHideTheSameCellsAsTheOneSystemSearch() {
        RandomTables tables = new RandomTables(20240401L);
        for (int i = 0; i < 2_000; i++) {
            StatisticsTable table = tables.next();
            assertSameHidden(table, tables.viewer(), "board table " + i);
        }
    }

    @Test
    void wideTablesOfManyIndependentGroupsHideTheSameCellsAsTheOneSystemSearch() {
        Random random = new Random(20261202L);
        int groupsSolved = 0;
        for (int i = 0; i < 150; i++) {
            StatisticsTable table = wide(random);
            groupsSolved += assertSameHidden(table, random.nextInt(3) == 0 ? Viewer.ownLa("r0-la0")
                    : Viewer.beyondOneLa(), "wide table " + i);
        }
        assertThat(groupsSolved).as("secondary suppressions compared").isGreaterThan(1_000);
    }

    private static int assertSameHidden(StatisticsTable table, Viewer viewer, String context) {
        Predicate<Position> known = position -> viewer.owns(table.geography(position.row()));
        Set<Position> primary = table.positions().stream().filter(position -> !known.test(position))
                .filter(position -> PrimarySuppression.confidential(table.figure(position)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Position> expected = OneSystemSuppression.protect(table, primary, known);
        Set<Position> actual = SecondarySuppression.protect(table, primary, known);
        assertThat(new ArrayList<>(actual)).as(context).containsExactlyElementsOf(new ArrayList<>(expected));
        return expected.size() - primary.size();
    }

    /** Three regions of three to six LAs under England, ten categories with small counts, now and then a total. */
    private static StatisticsTable wide(Random random) {
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            columns.add("category" + c);
        }
        boolean totalColumn = random.nextInt(4) == 0;
        if (totalColumn) {
            columns.add("total");
        }
        StatisticsTable.Builder builder = StatisticsTable.builder(columns);
        if (totalColumn) {
            builder.totalColumn("total");
        }
        long[] england = new long[columns.size()];
        List<String> regions = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            long[] region = new long[columns.size()];
            List<String> las = new ArrayList<>();
            for (int l = 0; l < 3 + random.nextInt(4); l++) {
                long[] counts = new long[columns.size()];
                for (int c = 0; c < 10; c++) {
                    int kind = random.nextInt(10);
                    counts[c] = kind < 3 ? 0 : kind < 7 ? 1 + random.nextInt(5) : 6 + random.nextInt(40);
                    if (totalColumn) {
                        counts[10] += counts[c];
                    }
                }
                for (int c = 0; c < counts.length; c++) {
                    region[c] += counts[c];
                }
                String la = "r" + r + "-la" + l;
                builder.counts(la, Geography.localAuthority(la), counts);
                las.add(la);
            }
            for (int c = 0; c < region.length; c++) {
                england[c] += region[c];
            }
            builder.counts("r" + r, Geography.region("r" + r), region).totalRow("r" + r, las);
            regions.add("r" + r);
        }
        return builder.counts("england", Geography.england(), england).totalRow("england", regions).build();
    }
}
