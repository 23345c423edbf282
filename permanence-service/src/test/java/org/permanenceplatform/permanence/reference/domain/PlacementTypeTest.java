package org.permanenceplatform.permanence.reference.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.permanence.reference.domain.PlacementType.*;

class PlacementTypeTest {

    static final LocalDate P2_LAST_DAY = LocalDate.of(2023, 10, 27);
    static final LocalDate P2_GONE = LocalDate.of(2023, 10, 28);
    static final LocalDate LAST_DAY_OF_2024_25 = LocalDate.of(2025, 3, 31);
    static final LocalDate FIRST_DAY_OF_2025_26 = LocalDate.of(2025, 4, 1);

    @Test
    void p2IsValidUntilTheDaySupportedAccommodationHadToBeRegistered() {
        assertThat(P2.validOn(P2_LAST_DAY)).isTrue();
        assertThat(P2.validOn(P2_GONE)).isFalse();
        assertThat(P2.invalidFrom()).contains(P2_GONE);
    }

    @Test
    void h5AndZ1GoOnTheFirstDayOfThe2025To26Return() {
        for (PlacementType retired : new PlacementType[] {H5, Z1}) {
            assertThat(retired.validOn(LAST_DAY_OF_2024_25)).as(retired.code()).isTrue();
            assertThat(retired.validOn(FIRST_DAY_OF_2025_26)).as(retired.code()).isFalse();
        }
    }

    @Test
    void z11ToZ14ComeInOnTheFirstDayOfThe2025To26Return() {
        for (PlacementType added : new PlacementType[] {Z11, Z12, Z13, Z14}) {
            assertThat(added.validOn(LAST_DAY_OF_2024_25)).as(added.code()).isFalse();
            assertThat(added.validOn(FIRST_DAY_OF_2025_26)).as(added.code()).isTrue();
            assertThat(added.validFrom()).contains(FIRST_DAY_OF_2025_26);
            assertThat(added.label()).isEqualTo("Other placement (" + added.code() + ")");
        }
    }

    @Test
    void codesThatNeverChangedAreValidOnAnyDay() {
        assertThat(U4.validOn(LocalDate.of(2005, 1, 1))).isTrue();
        assertThat(U4.validOn(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(U4.validFrom()).isEmpty();
        assertThat(U4.invalidFrom()).isEmpty();
    }

    @Test
    void temporaryPlacementsAreT0ToT4() {
        assertThat(all(PlacementType::isTemporary)).containsExactly(T0, T1, T2, T3, T4);
    }

    @Test
    void adoptionPlacementsAreA3ToA6AndOnlyA5AndA6NeedCourtAuthority() {
        assertThat(all(PlacementType::isAdoptionPlacement)).containsExactly(A3, A4, A5, A6);
        assertThat(all(PlacementType::needsCourtAuthorityToPlace)).containsExactly(A5, A6);
    }

    @Test
    void fosteringIsU1ToU6WithKinshipU1ToU3AndLongTermU1AndU4() {
        assertThat(all(PlacementType::isFoster)).containsExactly(U1, U2, U3, U4, U5, U6);
        assertThat(all(PlacementType::isKinshipFoster)).containsExactly(U1, U2, U3);
        assertThat(all(PlacementType::isLongTermFoster)).containsExactly(U1, U4);
    }

    @Test
    void aProviderIsNotNeededForT0ToT3NorForOtherPlacements() {
        assertThat(all(type -> !type.providerRequired())).containsExactly(T0, T1, T2, T3, Z1, Z11, Z12, Z13, Z14);
        assertThat(T4.providerRequired()).isTrue();
    }

    private static PlacementType[] all(Predicate<PlacementType> test) {
        return Arrays.stream(values()).filter(test).toArray(PlacementType[]::new);
    }
}
