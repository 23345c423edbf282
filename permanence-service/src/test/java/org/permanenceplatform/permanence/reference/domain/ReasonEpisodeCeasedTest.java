package org.permanenceplatform.permanence.reference.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.permanence.reference.domain.ReasonEpisodeCeased.*;

class ReasonEpisodeCeasedTest {

    @Test
    void adoptionEndsE11AndE12() {
        assertThat(E11.route()).contains(Route.ADOPTION);
        assertThat(E12.route()).contains(Route.ADOPTION);
    }

    @Test
    void everySgoCodeIsTheSpecialGuardianshipRoute() {
        for (ReasonEpisodeCeased sgo : new ReasonEpisodeCeased[] {E45, E46, E47, E48}) {
            assertThat(sgo.route()).as(sgo.code()).contains(Route.SPECIAL_GUARDIANSHIP);
        }
    }

    @Test
    void aChildArrangementsOrderIsTheKinshipRoute() {
        assertThat(E41.route()).contains(Route.KINSHIP);
    }

    @Test
    void aReturnHomePlannedOrNotIsTheReturnHomeRoute() {
        assertThat(E4A.route()).contains(Route.RETURN_HOME);
        assertThat(E4B.route()).contains(Route.RETURN_HOME);
    }

    @Test
    void otherEndingsAchieveNoRoute() {
        assertThat(Arrays.stream(values()).filter(reason -> reason.route().isEmpty()))
                .containsExactly(E2, E3, E13, E5, E6, E7, E8, E9, E14, E15, E16, E17, X1);
    }

    @Test
    void onlySgosToRelativesOrFriendsAreKinshipSgos() {
        assertThat(Arrays.stream(values()).filter(ReasonEpisodeCeased::isKinship)).containsExactly(E45, E47);
        assertThat(E41.isKinship()).isFalse();
    }
}
