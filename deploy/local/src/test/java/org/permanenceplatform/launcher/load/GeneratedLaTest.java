package org.permanenceplatform.launcher.load;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.Codes.Route;
import org.permanenceplatform.generator.journey.PeriodOfCare;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeneratedLaTest {

    @Test
    void seedFollowedByANumberAsksForAGeneratedLaBesideTheDemoData() {
        assertThat(GeneratedLa.parse(new String[] {"--seed", "7", "--children", "12", "--port", "0"}))
                .contains(new GeneratedLa(7, "840", 12));
        assertThat(GeneratedLa.parse(new String[] {"--seed", "--port", "8080"})).isEmpty();
    }

    @Test
    void anLaWithoutADemoTeamOrLaOptionsWithoutASeedAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> GeneratedLa.parse(new String[] {"--seed", "7", "--la", "202"}))
                .hasMessageContaining("--la 202").hasMessageContaining("840");
        assertThatThrownBy(() -> GeneratedLa.parse(new String[] {"--seed", "--la", "840"}))
                .hasMessageContaining("--seed N");
        assertThatThrownBy(() -> GeneratedLa.parse(new String[] {"--seed", "7", "--children", "many"}))
                .hasMessageContaining("--children");
    }

    @Test
    void theChosenChildrenSpreadOverTheLaAndEnteredCareWhenTheClocksCoverThem() {
        List<Child> chosen = new GeneratedLa(7, "840", 40).chosen();

        assertThat(chosen).hasSize(40).allMatch(child -> child.laCode().equals("840"))
                .allMatch(child -> !child.periods().get(0).start().isBefore(LocalDate.of(2000, 1, 1)));
        assertThat(chosen.stream().flatMap(child -> child.periods().stream())
                .map(PeriodOfCare::permanenceRoute).flatMap(java.util.Optional::stream).distinct())
                .contains(Route.RETURN_HOME).hasSizeGreaterThan(1);
        assertThat(new GeneratedLa(7, "840", 40).chosen()).isEqualTo(chosen);
    }
}
