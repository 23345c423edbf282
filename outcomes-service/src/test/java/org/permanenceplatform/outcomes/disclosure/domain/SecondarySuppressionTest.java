package org.permanenceplatform.outcomes.disclosure.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Secondary suppression on small hand-made tables, each with the reason for every hidden cell. */
class SecondarySuppressionTest {

    private static final List<String> ROUTES = List.of("adoption", "sgo", "home", "total");

    @Test
    void aRowWithOneSuppressedCellAndATotalGetsASecondTheNextSmallest() {
        // 3 + 10 + 20 = 33: with 33 shown, a lone c would be 33 - 10 - 20. The next smallest, 10, goes too.
        PublishedTable published = DisclosureControl.publish(StatisticsTable.builder(ROUTES)
                .counts("840", Geography.localAuthority("840"), 3, 10, 20, 33).totalColumn("total").build(),
                Viewer.beyondOneLa());

        assertThat(row(published, "840")).containsExactly("c", "c", "20", "33");
        assertThat(published.cell("840", "sgo").treatment())
                .isEqualTo(PublishedCell.Treatment.SECONDARY_SUPPRESSION);
    }

    @Test
    void aZeroIsNotChosenWhileANonZeroCellIsLeft() {
        // Hiding the 0 beside the 3 would tell everyone that the two c cells add up to 3.
        PublishedTable published = DisclosureControl.publish(StatisticsTable.builder(ROUTES)
                .counts("840", Geography.localAuthority("840"), 3, 0, 20, 23).totalColumn("total").build(),
                Viewer.beyondOneLa());

        assertThat(row(published, "840")).containsExactly("c", "0", "c", "23");
    }

    @Test
    void aColumnOfLasUnderARegionTotalIsProtectedToo() {
        PublishedTable published = DisclosureControl.publish(StatisticsTable.builder(List.of("adopted"))
                .counts("840", Geography.localAuthority("840"), 2)
                .counts("841", Geography.localAuthority("841"), 8)
                .counts("390", Geography.localAuthority("390"), 30)
                .counts("NE", Geography.region("E12000001"), 40)
                .totalRow("NE", List.of("840", "841", "390")).build(), Viewer.beyondOneLa());

        assertThat(published.text("840", "adopted")).isEqualTo("c");
        assertThat(published.text("841", "adopted")).isEqualTo("c");
        assertThat(published.text("390", "adopted")).isEqualTo("30");
        assertThat(published.text("NE", "adopted")).isEqualTo("40");
    }

    @Test
    void aBoardGroupingOfTwoLasIsAMarginOfItsOwn() {
        // The region margin alone would hide 390 (30, the next smallest there), but the grouping's total of 42 would
        // still give 840 = 42 - 40: so 841 must go as well.
        PublishedTable published = DisclosureControl.publish(StatisticsTable.builder(List.of("adopted"))
                .counts("840", Geography.localAuthority("840"), 2)
                .counts("841", Geography.localAuthority("841"), 40)
                .counts("390", Geography.localAuthority("390"), 30)
                .counts("group", Geography.grouping("Adopt North"), 42)
                .counts("NE", Geography.region("E12000001"), 72)
                .totalRow("NE", List.of("840", "841", "390"))
                .totalRow("group", List.of("840", "841")).build(), Viewer.beyondOneLa());

        assertThat(published.text("840", "adopted")).isEqualTo("c");
        assertThat(published.text("841", "adopted")).isEqualTo("c");
        assertThat(published.text("group", "adopted")).isEqualTo("42");
        assertThat(published.text("NE", "adopted")).isEqualTo("70");
    }

    @Test
    void theLaOutsideAGroupingOfThreeCannotBeFoundAsRegionMinusGrouping() {
        // Region = grouping (840, 841, 390) + 392. If 392 is 4 and both totals are shown, 392 = 104 - 100 whatever
        // is hidden inside the grouping: one of the two totals has to go.
        PublishedTable published = DisclosureControl.publish(StatisticsTable.builder(List.of("adopted"))
                .counts("840", Geography.localAuthority("840"), 30)
                .counts("841", Geography.localAuthority("841"), 30)
                .counts("390", Geography.localAuthority("390"), 40)
                .counts("392", Geography.localAuthority("392"), 4)
                .counts("group", Geography.grouping("Adopt North"), 100)
                .counts("NE", Geography.region("E12000001"), 104)
                .totalRow("group", List.of("840", "841", "390"))
                .totalRow("NE", List.of("840", "841", "390", "392")).build(), Viewer.beyondOneLa());

        assertThat(published.text("392", "adopted")).isEqualTo("c");
        assertThat(published.text("group", "adopted").equals("c") || published.text("NE", "adopted").equals("c"))
                .as("the grouping total or the region total is hidden").isTrue();
    }

    @Test
    void anLaSeesItsOwnSmallCountsButNotAnotherLasThroughTheRegionTotal() {
        // 840 views its own data beside its neighbour and the region. Its own 3 is shown; the neighbour's 2 is c;
        // 35 - 3 - 30 would give away the 2, so 842's 30 is hidden as well, though 840 knows its own 3.
        PublishedTable published = DisclosureControl.publish(StatisticsTable.builder(List.of("adopted"))
                .counts("840", Geography.localAuthority("840"), 3)
                .counts("841", Geography.localAuthority("841"), 2)
                .counts("842", Geography.localAuthority("842"), 30)
                .counts("NE", Geography.region("E12000001"), 35)
                .totalRow("NE", List.of("840", "841", "842")).build(), Viewer.ownLa("840"));

        assertThat(published.text("840", "adopted")).isEqualTo("3");
        assertThat(published.cell("840", "adopted").treatment())
                .isEqualTo(PublishedCell.Treatment.OWN_LA_UNSUPPRESSED);
        assertThat(published.text("841", "adopted")).isEqualTo("c");
        assertThat(published.text("842", "adopted")).isEqualTo("c");
        assertThat(published.text("NE", "adopted")).isEqualTo("40");
    }

    @Test
    void aTotalThatIsNotTheSumOfItsPartsIsRefused() {
        assertThatThrownBy(() -> StatisticsTable.builder(ROUTES)
                .counts("840", Geography.localAuthority("840"), 3, 10, 20, 34).totalColumn("total").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the sum");
    }

    private static List<String> row(PublishedTable table, String row) {
        return table.columns().stream().map(column -> table.text(row, column)).toList();
    }
}
