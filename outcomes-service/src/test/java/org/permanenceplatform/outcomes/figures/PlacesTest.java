package org.permanenceplatform.outcomes.figures;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.outcomes.disclosure.domain.GeographyLevel;
import org.permanenceplatform.outcomes.figures.domain.Area;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The board groupings: the 9 DfE regions from the LA reference list always, configured groupings checked. */
class PlacesTest {

    static Places places(BoardGroupingSettings.Grouping... groupings) {
        return new Places(new BoardGroupingSettings(List.of(groupings)));
    }

    @Test
    void theNineRegionsAreBoardGroupingsOverEveryLa() {
        Places places = places();

        assertThat(places.regions()).hasSize(9);
        assertThat(places.regions().values().stream().mapToInt(List::size).sum()).isEqualTo(153);
        assertThat(places.england().las()).hasSize(153);
        Places.BoardGrouping northEast = places.boardGrouping("E12000001").orElseThrow();
        assertThat(northEast.area().name()).isEqualTo("North East");
        assertThat(northEast.area().geography().level()).isEqualTo(GeographyLevel.REGION);
        assertThat(northEast.members()).extracting(Area::name).contains("County Durham", "Darlington")
                .doesNotContain("Camden");
    }

    @Test
    void aConfiguredGroupingIsItsMemberLasAndIsNotRounded() {
        Places places = places(new BoardGroupingSettings.Grouping("RAA-TEES", "Adopt Tees Valley",
                List.of("841", "840")));

        Places.BoardGrouping grouping = places.boardGrouping("RAA-TEES").orElseThrow();
        assertThat(grouping.area().las()).isEqualTo(Set.of("840", "841"));
        assertThat(grouping.area().geography().level()).isEqualTo(GeographyLevel.BOARD_GROUPING);
        assertThat(grouping.members()).extracting(Area::name).containsExactly("County Durham", "Darlington");
        assertThat(places.boardGrouping("RAA-NOWHERE")).isEmpty();
    }

    @Test
    void aGroupingWithAnUnknownOrRepeatedLaOrARegionsIdStopsTheServiceStarting() {
        assertThatThrownBy(() -> places(new BoardGroupingSettings.Grouping("RAA", "RAA", List.of("840", "999"))))
                .hasMessageContaining("999");
        assertThatThrownBy(() -> places(new BoardGroupingSettings.Grouping("RAA", "RAA", List.of("840", "840"))))
                .hasMessageContaining("840");
        assertThatThrownBy(() -> places(new BoardGroupingSettings.Grouping("E12000001", "Mine", List.of("840"))))
                .hasMessageContaining("already a region");
    }
}
