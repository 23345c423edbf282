package org.permanenceplatform.outcomes.export.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.reference.LocalAuthorities;
import org.permanenceplatform.outcomes.disclosure.domain.Geography;
import org.permanenceplatform.outcomes.figures.domain.Area;
import org.permanenceplatform.outcomes.figures.domain.FigureTable;
import org.permanenceplatform.outcomes.figures.domain.IndicatorFigures;
import org.permanenceplatform.outcomes.figures.domain.Scope;
import org.permanenceplatform.outcomes.indicator.domain.Cohort;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.Indicator;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;
import org.permanenceplatform.outcomes.indicator.domain.Journey;
import org.permanenceplatform.outcomes.indicator.domain.Route;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.outcomes.figures.domain.Adoptions.CAMDEN;
import static org.permanenceplatform.outcomes.figures.domain.Adoptions.DARLINGTON;
import static org.permanenceplatform.outcomes.figures.domain.Adoptions.DURHAM;
import static org.permanenceplatform.outcomes.figures.domain.Adoptions.GREENWICH;
import static org.permanenceplatform.outcomes.figures.domain.Adoptions.adopted;

/**
 * The EES tidy data file (EES-FORMAT.md) written from figures published through disclosure control. A10, 2024-25:
 * County Durham 3 children (a small count: {@code c}), Darlington 20, Camden 14 (2 of them by special guardianship when cut by route),
 * Greenwich none.
 */
class ExportTidyDataTest {

    static final FinancialYear YEAR = FinancialYear.parse("2024-25");
    static final Indicator A10 = new IndicatorCatalogue(10).find("adoption_a10").orElseThrow();
    static final Area NORTH = new Area(Geography.region("E12000001"), "North East", Set.of("840", "841"));
    static final Area LONDON = new Area(Geography.region("E12000007"), "London", Set.of("202", "203"));
    static final Area ENGLAND = new Area(Geography.england(), "England", Set.of("840", "841", "202", "203"));
    static final List<String> SYMBOLS = List.of("c", "z", "x", "low");

    static Cohort cohort() {
        List<Journey> journeys = new ArrayList<>(adopted("840", 3, 300, Route.ADOPTION));
        journeys.addAll(adopted("841", 20, 400, Route.ADOPTION));
        journeys.addAll(adopted("202", 12, 500, Route.ADOPTION));
        journeys.addAll(adopted("202", 2, 500, Route.SPECIAL_GUARDIANSHIP));
        return new Cohort(journeys, LocalDate.parse("2026-06-30"));
    }

    static Scope national() {
        Map<Area, List<Area>> regions = new LinkedHashMap<>();
        regions.put(NORTH, List.of(DURHAM, DARLINGTON));
        regions.put(LONDON, List.of(CAMDEN, GREENWICH));
        return Scope.national(ENGLAND, regions);
    }

    static TidyData export(Dimension by, Scope scope) {
        return TidyData.of(IndicatorFigures.publish(A10, cohort(), YEAR, by, scope), LocalAuthorities.england());
    }

    static List<String> row(TidyData data, String newLaCodeOrLevel) {
        int la = data.columns().indexOf("new_la_code");
        int level = data.columns().indexOf("geographic_level");
        return data.rows().stream().filter(row -> row.get(la).equals(newLaCodeOrLevel)
                || (row.get(la).isEmpty() && row.get(level).equals(newLaCodeOrLevel))).findFirst().orElseThrow();
    }

    @Test
    void columnsComeTimeThenGeographyThenIndicatorsAsDfeFilesHaveThem() {
        TidyData data = export(Dimension.LA, national());

        assertThat(data.columns()).containsExactly("time_period", "time_identifier", "geographic_level",
                "country_code", "country_name", "region_code", "region_name", "old_la_code", "la_name",
                "new_la_code", "children", "mean_days", "children_3_year", "mean_days_3_year");
        assertThat(data.columns()).allMatch(column -> column.matches("[a-z][a-z0-9_]*"));
        assertThat(data.name()).isEqualTo("adoption_a10");
    }

    @Test
    void everyRowIsTheFinancialYearAsSixDigitsWithEnglandsCountryColumns() {
        TidyData data = export(Dimension.LA, national());

        assertThat(data.values("time_period")).containsExactly("202425");
        assertThat(data.values("time_identifier")).containsExactly("Financial year");
        assertThat(data.values("country_code")).containsExactly("E92000001");
        assertThat(data.values("country_name")).containsExactly("England");
    }

    @Test
    void eachLevelFillsItsOwnAndHigherGeographyColumnsAndLeavesTheRestBlank() {
        TidyData data = export(Dimension.LA, national());

        assertThat(data.rows()).hasSize(4 + 2 + 1);
        assertThat(row(data, "E06000047").subList(2, 10)).containsExactly("Local authority", "E92000001", "England",
                "E12000001", "North East", "840", "County Durham", "E06000047");
        assertThat(row(data, "Regional").subList(2, 10)).containsAnyOf("E12000001", "E12000007")
                .endsWith("", "", "");
        assertThat(row(data, "National").subList(2, 10)).containsExactly("National", "E92000001", "England",
                "", "", "", "", "");
    }

    @Test
    void aCutThatIsNotAPlaceIsAFilterWithOneRowForEveryPlaceAndValue() {
        TidyData data = export(Dimension.ROUTE, national());

        assertThat(data.columns().get(10)).isEqualTo("route");
        assertThat(data.name()).isEqualTo("adoption_a10_by_route");
        assertThat(data.values("route")).containsExactlyInAnyOrder("ADOPTION", "SPECIAL_GUARDIANSHIP");
        // The national board's split stops at the regions: 2 regions and England, each by both routes.
        assertThat(data.rows()).hasSize(3 * 2);
        assertThat(data.rows()).extracting(row -> row.get(4) + row.get(5) + "|" + row.get(10))
                .doesNotHaveDuplicates();
    }

    @Test
    void suppressedFiguresAreWrittenAsCAndNoIndicatorCellIsBlank() {
        FigureTable published = IndicatorFigures.publish(A10, cohort(), YEAR, Dimension.LA, national());
        TidyData data = TidyData.of(published, LocalAuthorities.england());

        List<String> durham = row(data, "E06000047");
        assertThat(durham.subList(10, 14)).as("3 children: their count and their mean are confidential")
                .startsWith("c", "c");
        assertThat(durham.subList(10, 14)).doesNotContain("3", "300");
        for (List<String> row : data.rows()) {
            for (String cell : row.subList(10, row.size())) {
                assertThat(cell).isNotBlank().matches(text -> SYMBOLS.contains(text) || text.matches("\\d+(\\.\\d+)?"));
            }
        }
        published.rows().forEach(row -> row.cells().forEach((measure, cell) -> {
            if (cell.suppressed()) {
                assertThat(cell.text()).isEqualTo("c");
            }
        }));
    }

    @Test
    void aBoardsOwnGroupingHasNoEesLevelSoOnlyItsLasAndEnglandAreWritten() {
        Area tees = new Area(Geography.grouping("RAA-TEES"), "Adopt Tees Valley", Set.of("840", "841"));
        TidyData data = export(Dimension.LA, Scope.board(tees, List.of(DURHAM, DARLINGTON), ENGLAND));

        assertThat(data.values("geographic_level")).containsExactly("Local authority", "National");
        assertThat(data.values("la_name")).containsExactly("County Durham", "Darlington", "");
    }
}
