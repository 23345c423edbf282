package org.permanenceplatform.outcomes.export.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorDefinition;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code .meta.csv} rules of EES-FORMAT.md section 5, on files written from published figures. */
class ExportMetaDataTest {

    @Test
    void theHeaderIsTheEightRequiredColumnsInOrder() {
        MetaData meta = MetaData.of(ExportTidyDataTest.export(Dimension.LA, ExportTidyDataTest.national()));

        assertThat(meta.lines().get(0)).containsExactly("col_name", "col_type", "label", "indicator_grouping",
                "indicator_unit", "indicator_dp", "filter_hint", "filter_grouping_column");
    }

    @Test
    void onlyIndicatorsAndFiltersGetRowsNeverTimeOrGeography() {
        MetaData meta = MetaData.of(ExportTidyDataTest.export(Dimension.ROUTE, ExportTidyDataTest.national()));

        assertThat(meta.rows()).extracting(row -> row.get(0) + ":" + row.get(1)).containsExactly("route:Filter",
                "children:Indicator", "mean_days:Indicator", "children_3_year:Indicator",
                "mean_days_3_year:Indicator");
        List<String> filter = meta.rows().get(0);
        assertThat(filter.subList(3, 6)).as("a filter leaves the indicator columns blank").containsOnly("");
        meta.rows().subList(1, 5).forEach(indicator -> {
            assertThat(indicator.subList(6, 8)).as("an indicator leaves the filter columns blank").containsOnly("");
            assertThat(indicator.get(5)).as("decimal places").matches("\\d+");
        });
    }

    @Test
    void aFilterWithOneValueStaysInTheDataButNotInTheMeta() {
        TidyData data = ExportTidyDataTest.export(Dimension.SEX, ExportTidyDataTest.national());

        assertThat(data.values("sex")).containsExactly("FEMALE");
        assertThat(MetaData.of(data).rows()).extracting(row -> row.get(0)).doesNotContain("sex");
    }

    @Test
    void everyIndicatorsLabelsAreUniqueAndNotBlankAndSharesArePercentages() {
        for (IndicatorDefinition definition : new IndicatorCatalogue(10).definitions()) {
            List<String> labels = definition.measures().stream().map(MetaData::label).toList();
            assertThat(labels).as(definition.id()).doesNotHaveDuplicates().allMatch(label -> !label.isBlank());
        }
        assertThat(MetaData.label("mean_days_3_year")).isEqualTo("Mean days 3 year");
    }

    @Test
    void aCellWithACommaIsQuotedAndItsQuotesDoubled() {
        assertThat(CsvText.write(List.of(List.of("801", "Bristol, City of", "a \"b\""))))
                .isEqualTo("801,\"Bristol, City of\",\"a \"\"b\"\"\"\r\n");
    }
}
