package org.permanenceplatform.outcomes.disclosure.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rounding and symbols: what a figure that may be published looks like at each level. */
class PresentationTest {

    private static String published(Geography geography, Figure figure) {
        StatisticsTable table = StatisticsTable.builder(List.of("value")).row("row", geography, figure).build();
        return DisclosureControl.publish(table, Viewer.beyondOneLa()).text("row", "value");
    }

    @ParameterizedTest(name = "England's {0} is published as {1}")
    @CsvSource({"0, 0", "6, 10", "14, 10", "15, 20", "25, 30", "81764, 81760", "81765, 81770"})
    void englandCountsAreRoundedToTheNearestTenHalvesUp(long count, String expected) {
        assertThat(published(Geography.england(), new Figure.Count(count))).isEqualTo(expected);
    }

    @Test
    void regionCountsAreRoundedLikeEnglands() {
        assertThat(published(Geography.region("E12000001"), new Figure.Count(15))).isEqualTo("20");
        assertThat(published(Geography.region("E12000001"), new Figure.Count(3))).isEqualTo("c");
    }

    @Test
    void localAuthorityAndBoardGroupingCountsAreNotRounded() {
        assertThat(published(Geography.localAuthority("840"), new Figure.Count(17))).isEqualTo("17");
        assertThat(published(Geography.grouping("Adopt North East"), new Figure.Count(17))).isEqualTo("17");
    }

    @Test
    void percentagesComeFromUnroundedFiguresEvenWhereTheCountsAreRounded() {
        // 14 of 26 is 53.8%, shown 54. From the rounded counts (10 of 30) it would have been 33.
        assertThat(published(Geography.region("E12000001"), new Figure.Share(14, 26))).isEqualTo("54");
    }

    @Test
    void percentagesAreWholeNumbersWithHalvesRoundedUp() {
        assertThat(published(Geography.england(), new Figure.Share(25, 200))).isEqualTo("13"); // 12.5
        assertThat(published(Geography.england(), new Figure.Share(249, 2000))).isEqualTo("12"); // 12.45
    }

    @Test
    void aShareThatRoundsToZeroButIsNotZeroIsLow() {
        assertThat(published(Geography.england(), new Figure.Share(6, 2000))).isEqualTo("low"); // 0.3%
        assertThat(published(Geography.england(), new Figure.Share(10, 2000))).isEqualTo("1"); // 0.5%
        assertThat(published(Geography.england(), new Figure.Share(0, 2000))).isEqualTo("0");
    }

    @Test
    void aSummaryThatRoundsToZeroButIsNotZeroIsLow() {
        assertThat(published(Geography.england(), new Figure.Summary(new BigDecimal("0.4"), 10, 0)))
                .isEqualTo("low");
        assertThat(published(Geography.england(), new Figure.Summary(new BigDecimal("426.5"), 10, 0)))
                .isEqualTo("427");
    }
}
