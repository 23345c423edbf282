package org.permanenceplatform.permanence.permanence.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.permanence.reference.domain.ReasonEpisodeCeased;
import org.permanenceplatform.permanence.reference.domain.Route;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PermanenceAchievedTest {

    static PermanenceAchieved achieved(Route route, OrderType order, ReasonEpisodeCeased reason, boolean kinship) {
        return new PermanenceAchieved("perm-1", "period-1", route, LocalDate.of(2026, 5, 1), order, reason, kinship,
                "practitioner.durham", Instant.parse("2026-05-01T12:00:00Z"));
    }

    @Test
    void anAdoptionOrderEndsCareWithAnAdoptionReason() {
        assertThat(achieved(Route.ADOPTION, OrderType.ADOPTION_ORDER, ReasonEpisodeCeased.E11, false).orderType()
                .endsCare()).isTrue();
        assertThatThrownBy(() -> achieved(Route.ADOPTION, OrderType.ADOPTION_ORDER, ReasonEpisodeCeased.E45, true))
                .hasMessageContaining("E45");
        assertThatThrownBy(() -> achieved(Route.ADOPTION, OrderType.ADOPTION_ORDER, null, false))
                .hasMessageContaining("reason");
    }

    @Test
    void anOrderOnlyAchievesItsOwnRoutes() {
        assertThatThrownBy(() -> achieved(Route.ADOPTION, OrderType.SPECIAL_GUARDIANSHIP_ORDER,
                ReasonEpisodeCeased.E47, true)).hasMessageContaining("does not achieve");
    }

    @Test
    void aSpecialGuardianshipReasonMustAgreeWithWhetherTheCarersAreKin() {
        assertThat(achieved(Route.SPECIAL_GUARDIANSHIP, OrderType.SPECIAL_GUARDIANSHIP_ORDER,
                ReasonEpisodeCeased.E47, true).kinshipCarers()).isTrue();
        assertThatThrownBy(() -> achieved(Route.SPECIAL_GUARDIANSHIP, OrderType.SPECIAL_GUARDIANSHIP_ORDER,
                ReasonEpisodeCeased.E47, false)).hasMessageContaining("relatives or friends");
        assertThatThrownBy(() -> achieved(Route.SPECIAL_GUARDIANSHIP, OrderType.SPECIAL_GUARDIANSHIP_ORDER,
                ReasonEpisodeCeased.E48, true)).hasMessageContaining("not relatives");
    }

    @Test
    void aConfirmedLongTermFosterPlacementIsPermanenceWithoutLeavingCare() {
        PermanenceAchieved confirmed = achieved(Route.LONG_TERM_FOSTERING,
                OrderType.LONG_TERM_FOSTER_PLACEMENT_CONFIRMED, null, false);
        assertThat(confirmed.orderType().endsCare()).isFalse();
        assertThatThrownBy(() -> achieved(Route.LONG_TERM_FOSTERING, OrderType.LONG_TERM_FOSTER_PLACEMENT_CONFIRMED,
                ReasonEpisodeCeased.E17, false)).hasMessageContaining("does not end care");
    }

    @Test
    void theKinshipRouteIsWithConnectedPeople() {
        assertThat(achieved(Route.KINSHIP, OrderType.CHILD_ARRANGEMENTS_ORDER, ReasonEpisodeCeased.E41, true).route())
                .isEqualTo(Route.KINSHIP);
        assertThatThrownBy(() -> achieved(Route.KINSHIP, OrderType.CHILD_ARRANGEMENTS_ORDER, ReasonEpisodeCeased.E41,
                false)).hasMessageContaining("connected");
    }

    @Test
    void returnHomeEndsCareAsPartOfCarePlanningOrNot() {
        assertThat(achieved(Route.RETURN_HOME, OrderType.CARE_ORDER_DISCHARGED, ReasonEpisodeCeased.E4A, false)
                .reasonCeased()).isEqualTo(ReasonEpisodeCeased.E4A);
        assertThat(achieved(Route.RETURN_HOME, OrderType.RETURNED_HOME_WITHOUT_ORDER, ReasonEpisodeCeased.E4B, false)
                .orderType().isCourtOrder()).isFalse();
    }
}
