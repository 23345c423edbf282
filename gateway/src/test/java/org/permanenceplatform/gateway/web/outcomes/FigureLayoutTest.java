package org.permanenceplatform.gateway.web.outcomes;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** How the pages lay out what outcomes-service published: years, symbols, the charted measure, the query form. */
class FigureLayoutTest {

    @SuppressWarnings("unchecked")
    static FigureTable table(String json) {
        return FigureTable.read(JsonMapper.builder().build().readValue(json, Map.class));
    }

    @Test
    void theFinancialYearTurnsOnTheFirstOfApril() {
        assertThat(Periods.backFrom(LocalDate.of(2025, 3, 31), 2)).containsExactly("2024-25", "2023-24");
        assertThat(Periods.backFrom(LocalDate.of(2025, 4, 1), 2)).containsExactly("2025-26", "2024-25");
        assertThat(Periods.backFrom(LocalDate.of(2099, 6, 1), 1)).containsExactly("2099-00");
    }

    @Test
    void aPublishedSymbolIsShownAndChartedAsAGapEvenWhenANumberCameWithIt() {
        FigureTable table = table("""
                {"indicator": "i", "title": "T", "period": "2024-25", "threshold": 426,
                 "measures": ["children", "mean_days", "mean_days_3_year"],
                 "rows": [{"place": {"level": "LOCAL_AUTHORITY", "name": "Darlington"},
                           "cells": {"children": {"symbol": "c", "value": "3"},
                                     "mean_days_3_year": {"value": "1,204"}}}]}""");
        FigureTable.Row row = table.rows().get(0);
        assertThat(row.text("children")).isEqualTo("c");
        assertThat(row.number("children")).isNull();
        assertThat(row.number("mean_days_3_year")).isEqualTo(1204.0);
        assertThat(table.headline()).isEqualTo("mean_days_3_year");
        assertThat(table.thresholdApplies()).isTrue();
        assertThat(Chart.bars("b", table).series().get(0).shown()).containsExactly("1,204");
    }

    @Test
    void aSecondBreakdownsValuesJoinThePlaceInTheRowsLabel() {
        FigureTable table = table("""
                {"indicator": "i", "measures": ["children", "share"], "threshold": null,
                 "rows": [{"place": {"level": "ENGLAND", "name": "England"}, "categories": {"sex": "Female"},
                           "cells": {"share": {"value": "40"}}}]}""");
        assertThat(table.rows().get(0).label()).isEqualTo("England, Female");
        assertThat(table.headline()).isEqualTo("share");
        assertThat(table.thresholdApplies()).isFalse();
    }

    @Test
    void chartDataCannotCloseItsScriptElement() {
        FigureTable table = table("""
                {"indicator": "i", "title": "</script><script>alert(1)</script>", "measures": ["share"],
                 "rows": [{"place": {"level": "ENGLAND", "name": "England"}, "cells": {"share": {"value": "1"}}}]}""");
        assertThat(Chart.bars("b", table).json()).doesNotContain("<").contains("\\u003c/script>");
    }

    @Test
    void theQueryFormSendsFiltersTidiedAndRefusesASecondPlace() {
        LinkedMultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        values.add("indicator", "a");
        values.add("period", "2024-25");
        values.add("by1", "region");
        values.add("by2", "sex");
        values.add("filters", " route : ADOPTION \n\n");
        QueryForm.Checked checked = QueryForm.check(values, Set.of("a"), List.of("2024-25"));
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.request().parameters().get("by")).containsExactly("region,sex");
        assertThat(checked.request().filters()).containsExactly("route:ADOPTION");

        values.set("by2", "la");
        assertThat(QueryForm.check(values, Set.of("a"), List.of("2024-25")).errors())
                .extracting(error -> error.get("field")).containsExactly("by2");
    }
}
