package org.permanenceplatform.outcomes.figures.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.outcomes.disclosure.domain.PublishedCell;
import org.permanenceplatform.outcomes.disclosure.domain.PublishedCell.Treatment;
import org.permanenceplatform.outcomes.indicator.domain.Cohort;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.Indicator;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;
import org.permanenceplatform.outcomes.indicator.domain.Journey;
import org.permanenceplatform.outcomes.indicator.domain.Route;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.outcomes.figures.domain.Adoptions.DARLINGTON;
import static org.permanenceplatform.outcomes.figures.domain.Adoptions.DURHAM;
import static org.permanenceplatform.outcomes.figures.domain.Adoptions.ENGLAND;
import static org.permanenceplatform.outcomes.figures.domain.Adoptions.adopted;

/** Figures as each kind of caller sees them, worked out by hand from small cohorts of adopted children. */
class IndicatorFiguresTest {

    static final FinancialYear YEAR = FinancialYear.parse("2024-25");
    static final Indicator A10 = new IndicatorCatalogue(10).find("adoption_a10").orElseThrow();
    static final Indicator ACHIEVED = new IndicatorCatalogue(10).find("permanence_achieved").orElseThrow();

    /** Durham: 3 children at 300 days. Darlington: 20 at 400. Camden: 14 at 500. Gateshead, Greenwich: none. */
    static Cohort cohort() {
        List<Journey> journeys = new ArrayList<>(adopted("840", 3, 300, Route.ADOPTION));
        journeys.addAll(adopted("841", 20, 400, Route.ADOPTION));
        journeys.addAll(adopted("202", 14, 500, Route.ADOPTION));
        return new Cohort(journeys, LocalDate.parse("2026-06-30"));
    }

    static String text(FigureTable table, String area, String category, String measure) {
        return table.row(area, category).cells().get(measure).text();
    }

    @Test
    void anLaSeesItsOwnSmallFiguresUnsuppressedBesideEnglandUnderDisclosureControl() {
        FigureTable table = IndicatorFigures.publish(A10, cohort(), YEAR, Dimension.LA, Scope.ownLa(DURHAM, ENGLAND));

        assertThat(table.rows()).extracting(row -> row.area().name()).containsExactly("County Durham", "England");
        PublishedCell own = table.row("840", null).cells().get("children");
        assertThat(own).isEqualTo(new PublishedCell("3", Treatment.OWN_LA_UNSUPPRESSED));
        assertThat(text(table, "840", null, "mean_days")).as("a mean of 3 children, its own").isEqualTo("300");
        // England: 37 children, rounded to 40; mean (3x300 + 20x400 + 14x500) / 37 = 15,900 / 37 = 429.7 -> 430
        assertThat(text(table, "E92000001", null, "children")).isEqualTo("40");
        assertThat(text(table, "E92000001", null, "mean_days")).isEqualTo("430");
    }

    @Test
    void aBoardSeesItsLasSideBySideAndATotalThatCannotUnlockASmallOne() {
        Area grouping = new Area(org.permanenceplatform.outcomes.disclosure.domain.Geography.grouping("RAA-TEES"),
                "Adopt Tees Valley", java.util.Set.of("840", "841"));
        FigureTable table = IndicatorFigures.publish(A10, cohort(), YEAR, Dimension.LA,
                Scope.board(grouping, List.of(DURHAM, DARLINGTON), ENGLAND));

        assertThat(table.rows()).extracting(row -> row.area().name())
                .containsExactly("County Durham", "Darlington", "Adopt Tees Valley", "England");
        assertThat(table.row("840", null).cells().get("children").treatment()).isEqualTo(Treatment.PRIMARY_SUPPRESSION);
        assertThat(text(table, "840", null, "mean_days")).as("a mean of 3 children").isEqualTo("c");
        // The grouping is not rounded: 23 shown beside Darlington's 20 would give Durham's 3, so one more is hidden.
        boolean darlingtonHidden = text(table, "841", null, "children").equals("c");
        boolean groupingHidden = text(table, "RAA-TEES", null, "children").equals("c");
        assertThat(darlingtonHidden || groupingHidden).isTrue();
        assertThat(text(table, "E92000001", null, "children")).isEqualTo("40");
    }

    @Test
    void theNationalBoardSeesEveryLaAndRegionWithRegionsAndEnglandRoundedToTens() {
        FigureTable table = IndicatorFigures.publish(A10, cohort(), YEAR, Dimension.LA, Adoptions.national());

        assertThat(table.rows()).extracting(row -> row.area().geography().code()).containsExactly(
                "840", "841", "842", "E12000001", "202", "203", "E12000007", "E92000001");
        assertThat(text(table, "840", null, "children")).isEqualTo("c");
        assertThat(text(table, "842", null, "children")).as("no adoptions is a published zero").isEqualTo("0");
        assertThat(text(table, "842", null, "mean_days")).as("a mean of no children").isEqualTo("z");
        assertThat(text(table, "202", null, "children")).isEqualTo("14");
        assertThat(text(table, "E12000007", null, "children")).as("14 rounded").isEqualTo("10");
        // Durham's 3 hides a second cell in the North East so that 23 - 20 does not give it back.
        assertThat(table.rows().stream().filter(row -> row.area().las().stream().allMatch(
                        la -> la.startsWith("84")))
                .filter(row -> row.cells().get("children").treatment() == Treatment.SECONDARY_SUPPRESSION))
                .isNotEmpty();
    }

    @Test
    void aCutByRegionShowsRegionsAndEnglandOnly() {
        FigureTable table = IndicatorFigures.publish(A10, cohort(), YEAR, Dimension.REGION, Adoptions.national());

        assertThat(table.rows()).extracting(row -> row.area().geography().code())
                .containsExactly("E12000001", "E12000007", "E92000001");
        assertThat(text(table, "E12000001", null, "children")).as("23 rounded").isEqualTo("20");
    }

    @Test
    void aCutByRouteSplitsEachAreaAndShowsAZeroWhereAnAreaHasNoneOfARoute() {
        List<Journey> journeys = new ArrayList<>(adopted("840", 8, 300, Route.ADOPTION));
        journeys.addAll(adopted("841", 7, 400, Route.SPECIAL_GUARDIANSHIP));
        FigureTable table = IndicatorFigures.publish(ACHIEVED, new Cohort(journeys, LocalDate.parse("2026-06-30")),
                YEAR, Dimension.ROUTE, Scope.ownLa(DURHAM, ENGLAND));

        assertThat(table.rows()).extracting(row -> row.area().geography().code() + " " + row.category())
                .containsExactly("840 ADOPTION", "840 SPECIAL_GUARDIANSHIP", "E92000001 ADOPTION",
                        "E92000001 SPECIAL_GUARDIANSHIP");
        assertThat(text(table, "840", "ADOPTION", "children")).isEqualTo("8");
        assertThat(text(table, "840", "SPECIAL_GUARDIANSHIP", "children")).isEqualTo("0");
        assertThat(text(table, "E92000001", "SPECIAL_GUARDIANSHIP", "children")).as("7 rounded").isEqualTo("10");
    }

    @Test
    void aYearWithNobodyInTheIndicatorHasNoRows() {
        FigureTable table = IndicatorFigures.publish(A10, cohort(), FinancialYear.parse("2019-20"), Dimension.LA,
                Adoptions.national());

        assertThat(table.rows()).isEmpty();
        assertThat(table.measures()).contains("mean_days_3_year");
    }
}
