package org.permanenceplatform.outcomes.figures.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.outcomes.indicator.domain.Statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class HistogramTest {

    @Test
    void manyPartsMergedReadAsOneTreeMapOfEveryValue() {
        Random random = new Random(15);
        List<Histogram> parts = new ArrayList<>();
        TreeMap<BigDecimal, Long> all = new TreeMap<>();
        for (int p = 0; p < 40; p++) {
            Histogram part = new Histogram();
            for (int i = random.nextInt(60); i > 0; i--) {
                BigDecimal value = BigDecimal.valueOf(random.nextInt(500) * 25L, 2);
                part.add(value, 1);
                all.merge(value, 1L, Long::sum);
            }
            parts.add(part);
        }

        Histogram merged = Histogram.merge(parts);

        assertThat(merged.distinct()).isEqualTo(all.size());
        int i = 0;
        for (var entry : all.entrySet()) {
            assertThat(merged.value(i)).isEqualByComparingTo(entry.getKey());
            assertThat(merged.count(i++)).isEqualTo(entry.getValue());
        }
        assertThat(Statistics.median(merged, 2)).isEqualTo(Statistics.median(all, 2));
        assertThat(Statistics.percentile(merged, 90, 2)).isEqualTo(Statistics.percentile(all, 90, 2));
        assertThat(Statistics.mean(merged, 2)).isEqualTo(Statistics.mean(all, 2));
    }

    @Test
    void aValueTakenAwayAsOftenAsAddedIsGoneAndTheRestStayInOrder() {
        Histogram histogram = new Histogram();
        for (String value : List.of("30", "10", "20", "10", "50", "40")) {
            histogram.add(new BigDecimal(value), 1);
        }
        histogram.add(new BigDecimal("30.00"), -1);
        histogram.add(new BigDecimal("10"), -1);

        assertThat(histogram.distinct()).isEqualTo(5 - 1);
        assertThat(List.of(histogram.value(0), histogram.value(1), histogram.value(2), histogram.value(3)))
                .containsExactly(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("40"), new BigDecimal("50"));
        assertThat(histogram.count(0)).isEqualTo(1);
    }

    @Test
    void ofEqualValuesTheEarliestPartsIsKeptAsATreeMapKeepsItsFirstKey() {
        Histogram first = new Histogram();
        first.add(new BigDecimal("7.0"), 2);
        Histogram second = new Histogram();
        second.add(new BigDecimal("7.00"), 3);

        Histogram merged = Histogram.merge(List.of(first, second));

        assertThat(merged.distinct()).isEqualTo(1);
        assertThat(merged.value(0).toPlainString()).isEqualTo("7.0");
        assertThat(merged.count(0)).isEqualTo(5);
    }
}
