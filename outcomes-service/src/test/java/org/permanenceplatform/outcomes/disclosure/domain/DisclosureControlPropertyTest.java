package org.permanenceplatform.outcomes.disclosure.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random small tables with regions, England and board groupings of two and three LAs, published to a
 * board or to one of their LAs: whatever the table, the rules hold and the attacker recovers nothing.
 */
class DisclosureControlPropertyTest {

    private static final int TABLES = 2000;

    @Test
    void noSuppressedCellCanBeWorkedOutAndEveryRuleHolds() {
        RandomTables tables = new RandomTables(20240401L);
        int secondary = 0;
        for (int i = 0; i < TABLES; i++) {
            StatisticsTable table = tables.next();
            Viewer viewer = tables.viewer();
            PublishedTable published = DisclosureControl.publish(table, viewer);
            String context = "table " + i + " seen by " + viewer;

            Map<Position, Long> recovered = SubtractionAttacker.recover(table, published);
            recovered.keySet().removeIf(cell -> viewer.owns(table.geography(cell.row())));
            assertThat(recovered).as(context).isEmpty();
            for (Margin margin : table.margins()) {
                long hidden = margin.cells().stream().filter(cell -> published.cell(cell).suppressed()).count();
                assertThat(hidden).as(context + ": hidden cells along " + margin).isNotEqualTo(1L);
            }
            for (Position cell : table.positions()) {
                checkCell(table, published, viewer, cell, context);
            }
            secondary += (int) published.cells().stream()
                    .filter(cell -> cell.treatment() == PublishedCell.Treatment.SECONDARY_SUPPRESSION).count();
        }
        assertThat(tables.groupings()).as("board groupings generated").isGreaterThan(TABLES);
        assertThat(secondary).as("secondary suppressions made").isGreaterThan(TABLES);
    }

    private static void checkCell(StatisticsTable table, PublishedTable published, Viewer viewer, Position cell,
                                  String context) {
        long value = table.count(cell);
        Geography geography = table.geography(cell.row());
        PublishedCell shown = published.cell(cell);
        if (viewer.owns(geography)) {
            assertThat(shown.text()).as(context + " own " + cell).isEqualTo(Long.toString(value));
        } else if (value >= 1 && value <= 5) {
            assertThat(shown.text()).as(context + " small " + cell).isEqualTo("c");
        } else if (!shown.suppressed() && geography.level().countsRoundedToTens()) {
            assertThat(Long.parseLong(shown.text()) % 10).as(context + " rounded " + cell).isZero();
            assertThat(Math.abs(Long.parseLong(shown.text()) - value)).as(context + " near " + cell)
                    .isLessThanOrEqualTo(5);
        } else if (!shown.suppressed()) {
            assertThat(shown.text()).as(context + " exact " + cell).isEqualTo(Long.toString(value));
        }
    }
}
