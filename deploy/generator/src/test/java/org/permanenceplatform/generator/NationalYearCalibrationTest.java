package org.permanenceplatform.generator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.generator.Calibration.Figure;
import org.permanenceplatform.generator.journey.Codes.Route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NationalYearCalibrationTest {

    private static Summary.Year year;

    @BeforeAll
    static void generateOneNationalYear() {
        Summary summary = new Summary(java.util.List.of(2025));
        Generator.generate(Settings.england(20250331L, 2025, 1), summary);
        year = summary.year(2025);
    }

    @Test
    void lookedAfterOn31MarchIsWithinTenPercentOfTheNationalCount() {
        assertClose(Calibration.LOOKED_AFTER_ON_31_MARCH, year.lookedAfterOn31March());
    }

    @Test
    void leaversAreWithinTenPercentOfTheNationalCount() {
        assertClose(Calibration.LEAVERS, year.ceased());
    }

    @Test
    void adoptionsAreWithinTenPercentOfTheNationalCount() {
        assertClose(Calibration.ADOPTIONS, year.permanence(Route.ADOPTION));
    }

    @Test
    void specialGuardianshipOrdersAreWithinTenPercentOfTheNationalCount() {
        assertClose(Calibration.SPECIAL_GUARDIANSHIP_ORDERS, year.permanence(Route.SPECIAL_GUARDIANSHIP));
    }

    @Test
    void unaccompaniedChildrenOn31MarchAreWithinTenPercentOfTheNationalCount() {
        assertClose(Calibration.UASC_ON_31_MARCH, year.uascOn31March());
    }

    @Test
    void schoolYearsInCareLandWithinTenPercentOfTheEducationFigures() {
        assertClose(Calibration.KS2_EXPECTED_STANDARD, year.ks2ExpectedStandardShare());
        assertClose(Calibration.ATTAINMENT_8, year.meanAttainment8());
        assertClose(Calibration.PERSISTENT_ABSENCE, year.persistentAbsenceShare());
    }

    @Test
    void everyPlanRouteIsAssessedAndFamiliesAskForSupportAfterPermanence() {
        for (Route route : Route.values()) {
            assertThat(year.assessmentsStarted(route)).as(route.name()).isPositive();
        }
        assertThat(year.assessmentsStarted(Route.ADOPTION)).isGreaterThan(year.permanence(Route.ADOPTION));
        assertThat(year.supportRequests()).isPositive();
        assertThat(year.breakdowns()).isPositive().isLessThan(year.supportRequests());
    }

    @Test
    void everyRegionHasChildrenAndLondonHasAboutOneInEight() {
        assertThat(year.lookedAfterByRegion()).hasSize(9).allSatisfy((region, n) -> assertThat(n).isPositive());
        double london = (double) year.lookedAfterByRegion().get("London") / year.lookedAfterOn31March();
        assertThat(london).isCloseTo(0.125, within(0.03));
    }

    private static void assertClose(Calibration.Rate rate, double generated) {
        assertThat(generated).as(rate.name() + " (" + rate.source() + ")")
                .isCloseTo(rate.target(), within(rate.target() * Calibration.TOLERANCE));
    }

    private static void assertClose(Figure figure, long generated) {
        assertThat((double) generated).as(figure.name() + " (" + figure.source() + ")")
                .isCloseTo(figure.target(), within(figure.target() * Calibration.TOLERANCE));
    }
}
