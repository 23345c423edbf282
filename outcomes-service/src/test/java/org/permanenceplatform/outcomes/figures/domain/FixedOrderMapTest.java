package org.permanenceplatform.outcomes.figures.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The map each figure row keeps its cells in: in the measures' order, equal to any map of the same entries, fixed. */
class FixedOrderMapTest {

    @Test
    void keepsTheOrderItWasGivenAndEqualsAnOrdinaryMapOfTheSameEntries() {
        Map<String, String> cells = FixedOrderMap.of(List.of("children", "share", "median_days"),
                new Object[] {"12", "c", "240"});
        Map<String, String> ordinary = new LinkedHashMap<>();
        ordinary.put("median_days", "240");
        ordinary.put("children", "12");
        ordinary.put("share", "c");

        assertThat(cells.keySet()).containsExactly("children", "share", "median_days");
        assertThat(cells.values()).containsExactly("12", "c", "240");
        assertThat(cells).isEqualTo(ordinary).hasSameHashCodeAs(ordinary);
        assertThat(cells.get("share")).isEqualTo("c");
        assertThat(cells.get("mean_days")).isNull();
        assertThat(cells.containsKey("median_days")).isTrue();
        assertThat(FixedOrderMap.copyOf(ordinary).keySet()).containsExactly("median_days", "children", "share");
        assertThat(FixedOrderMap.copyOf(cells)).isSameAs(cells);
    }

    @Test
    void cannotBeChanged() {
        Map<String, String> cells = FixedOrderMap.of(List.of("children"), new Object[] {"12"});

        assertThatThrownBy(() -> cells.put("share", "c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cells.remove("children")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cells.entrySet().iterator().next().setValue("13"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> FixedOrderMap.of(List.of("children", "share"), new Object[] {"12"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(cells).containsEntry("children", "12");
    }
}
