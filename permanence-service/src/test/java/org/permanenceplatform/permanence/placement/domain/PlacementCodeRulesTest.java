package org.permanenceplatform.permanence.placement.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.permanenceplatform.permanence.reference.domain.LegalStatus;
import org.permanenceplatform.permanence.reference.domain.PlacementProvider;
import org.permanenceplatform.permanence.reference.domain.PlacementType;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.permanence.reference.domain.PlacementProvider.*;
import static org.permanenceplatform.permanence.reference.domain.PlacementType.*;

/** The code rules: which type on which day, under which legal status, with which provider. */
class PlacementCodeRulesTest {

    static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    @Test
    void p2MayStartOnTheDayBeforeSupportedAccommodationHadToBeRegisteredButNotOnThatDay() {
        assertThat(check(open(P2, PR4, LocalDate.of(2023, 10, 27)))).isEmpty();
        assertThat(check(open(P2, PR4, LocalDate.of(2023, 10, 28))))
                .containsExactly(new Violation("placementType",
                        "placement type P2 is not used for placements starting on or after 2023-10-28"));
    }

    @Test
    void h5AndZ1MayStartUntilTheLastDayOf2024To25() {
        assertThat(check(open(H5, PR4, LocalDate.of(2025, 3, 31)))).isEmpty();
        assertThat(check(open(Z1, null, LocalDate.of(2025, 3, 31)))).isEmpty();
        assertThat(check(open(H5, PR4, LocalDate.of(2025, 4, 1)))).extracting(Violation::field)
                .containsExactly("placementType");
        assertThat(check(open(Z1, null, LocalDate.of(2025, 4, 1)))).extracting(Violation::field)
                .containsExactly("placementType");
    }

    @Test
    void z11ToZ14MayStartFromTheFirstDayOf2025To26() {
        assertThat(check(open(Z11, null, LocalDate.of(2025, 3, 31))))
                .containsExactly(new Violation("placementType",
                        "placement type Z11 is used only for placements starting on or after 2025-04-01"));
        assertThat(check(open(Z14, null, LocalDate.of(2025, 4, 1)))).isEmpty();
    }

    @Test
    void a5PlacementIsRefusedWithoutAPlacementOrder() {
        List<Violation> violations = PlacementRules.checkNew(open(A5, PR1, DAY), LegalStatus.C2, null);
        assertThat(violations).extracting(Violation::field).containsExactly("placementType");
        assertThat(violations.get(0).message()).contains("placement order (legal status E1)");
    }

    @Test
    void a6PlacementIsRefusedWhenNoLegalStatusIsRecorded() {
        assertThat(PlacementRules.checkNew(open(A6, PR1, DAY), null, null)).extracting(Violation::field)
                .containsExactly("placementType");
    }

    @Test
    void a5AndA6PlacementsAreAllowedUnderAPlacementOrderOrAHistoricFreeingOrder() {
        assertThat(PlacementRules.checkNew(open(A5, PR1, DAY), LegalStatus.E1, null)).isEmpty();
        assertThat(PlacementRules.checkNew(open(A6, PR5, DAY), LegalStatus.E1, null)).isEmpty();
        assertThat(PlacementRules.checkNew(open(A6, PR1, LocalDate.of(2004, 5, 1)), LegalStatus.D1, null)).isEmpty();
    }

    @Test
    void placementForAdoptionWithConsentNeedsNoPlacementOrder() {
        assertThat(PlacementRules.checkNew(open(A3, PR1, DAY), LegalStatus.V2, null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(names = {"T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14"})
    void temporaryAndOtherPlacementsMayHaveNoProvider(PlacementType type) {
        assertThat(check(open(type, null, DAY))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(names = {"T4", "U4", "K2", "P1", "A4"})
    void otherPlacementTypesNeedAProvider(PlacementType type) {
        assertThat(check(open(type, null, DAY)))
                .containsExactly(new Violation("provider", "placement type " + type.code() + " needs a provider"));
    }

    @Test
    void parentsAsProviderGoOnlyWithPlacementWithParents() {
        assertThat(check(open(P1, PR0, DAY))).isEmpty();
        assertThat(check(open(U3, PR0, DAY))).containsExactly(new Violation("provider",
                "provider PR0 (Parent(s)/person with PR) does not go with placement type U3"));
    }

    @ParameterizedTest
    @EnumSource(names = {"P1", "R2", "R5"})
    void ownOrOtherLaProvisionDoesNotGoWithParentsHealthOrCustody(PlacementType type) {
        assertThat(check(open(type, PR1, DAY))).extracting(Violation::field).containsExactly("provider");
        assertThat(check(open(type, PR2, DAY))).extracting(Violation::field).containsExactly("provider");
    }

    @ParameterizedTest
    @EnumSource(names = {"U4", "K2", "R1", "A4"})
    void ownOrOtherLaProvisionGoesWithOtherTypes(PlacementType type) {
        assertThat(check(open(type, PR1, DAY))).isEmpty();
        assertThat(check(open(type, PR2, DAY))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(names = {"P1", "A3", "A4", "A5", "A6", "K1", "K2", "U1", "U2", "U3", "U4", "U5", "U6"})
    void otherPublicProvisionDoesNotGoWithParentsAdoptionSecureHomesOrFostering(PlacementType type) {
        assertThat(PlacementRules.checkNew(open(type, PR3, DAY), LegalStatus.E1, null))
                .extracting(Violation::field).containsExactly("provider");
    }

    @ParameterizedTest
    @EnumSource(names = {"R1", "R2", "R5", "S1", "K3"})
    void otherPublicProvisionGoesWithOtherTypes(PlacementType type) {
        assertThat(check(open(type, PR3, DAY))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(names = {"PR4", "PR5"})
    void privateAndVoluntaryProvisionGoWithAnyTypeThatHasAProvider(PlacementProvider provider) {
        for (PlacementType type : new PlacementType[] {P1, U4, A6, K1, R5}) {
            assertThat(PlacementRules.checkNew(open(type, provider, DAY), LegalStatus.E1, null))
                    .as(type.code()).isEmpty();
        }
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThat(PlacementRules.checkNew(open(A5, PR3, LocalDate.of(2025, 4, 1)), LegalStatus.C1, null))
                .extracting(Violation::field).containsExactly("placementType", "provider");
    }

    private static Placement open(PlacementType type, PlacementProvider provider, LocalDate start) {
        return Placements.open(type, provider, start);
    }

    private static List<Violation> check(Placement placement) {
        return PlacementRules.checkNew(placement, LegalStatus.C2, null);
    }
}
