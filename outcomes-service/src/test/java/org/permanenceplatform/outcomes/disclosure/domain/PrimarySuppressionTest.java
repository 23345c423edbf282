package org.permanenceplatform.outcomes.disclosure.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The primary rules, at their boundaries, as one LA row published to a board. */
class PrimarySuppressionTest {

    private static String published(Figure figure) {
        StatisticsTable table = StatisticsTable.builder(List.of("value"))
                .row("840", Geography.localAuthority("840"), figure).build();
        return DisclosureControl.publish(table, Viewer.beyondOneLa()).text("840", "value");
    }

    @ParameterizedTest(name = "a count of {0} is published as {1}")
    @CsvSource({"0, 0", "1, c", "2, c", "5, c", "6, 6", "7, 7", "123, 123"})
    void countsFromOneToFiveAreConfidentialAndZeroIsAZero(long count, String expected) {
        assertThat(published(new Figure.Count(count))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} of {1} is published as {2}")
    @CsvSource({
            "0, 6, 0",      // nothing of six: a true zero, complement 6
            "0, 5, c",      // nothing of five: the complement, 5, is small
            "1, 20, c",     // numerator 1
            "5, 20, c",     // numerator 5
            "6, 20, 30",    // numerator 6, complement 14
            "14, 20, 70",   // complement 6
            "15, 20, c",    // complement 5: the five who did not are as identifiable as five who did
            "19, 20, c",    // complement 1
            "20, 20, 100",  // all of them: complement 0 is not small, so it is shown
    })
    void sharesAreConfidentialWhenTheNumeratorOrItsComplementIsSmall(long numerator, long denominator,
                                                                    String expected) {
        assertThat(published(new Figure.Share(numerator, denominator))).isEqualTo(expected);
    }

    @Test
    void aShareOfNobodyIsNotApplicable() {
        assertThat(published(new Figure.Share(0, 0))).isEqualTo("z");
    }

    @ParameterizedTest(name = "a median of {0} children is published as {1}")
    @CsvSource({"0, z", "1, c", "5, c", "6, 412", "40, 412"})
    void summariesOfFewerThanSixChildrenAreConfidential(int children, String expected) {
        Figure figure = children == 0 ? Figure.Summary.ofNone()
                : new Figure.Summary(new BigDecimal("412"), children, 0);
        assertThat(published(figure)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} moves over {1} days by {2} children is published as {3}")
    @CsvSource({
            "0, 3650, 10, 0.00",    // no moves: a true zero
            "3, 3650, 10, c",       // 3 moves
            "12, 3650, 5, c",       // 5 children: a rate over children is a kind of mean
            "12, 3650, 6, 3.29",    // 12 / 3650 * 1000 = 3.2876... -> 3.29
            "0, 0, 0, z",           // no days in care
    })
    void ratesPerDaysInCareFollowTheRateAndTheMeanRules(long moves, long days, int children, String expected) {
        assertThat(published(new Figure.Rate(moves, days, 1000, children, 2))).isEqualTo(expected);
    }

    @Test
    void absentFiguresKeepTheirSymbols() {
        assertThat(published(new Figure.Absent(Symbol.NOT_AVAILABLE))).isEqualTo("x");
        assertThat(published(new Figure.Absent(Symbol.NOT_APPLICABLE))).isEqualTo("z");
    }
}
