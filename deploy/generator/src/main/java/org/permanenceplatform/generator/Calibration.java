package org.permanenceplatform.generator;

import java.util.List;

/**
 * The national figures the generator is calibrated to, in one place with their sources (all from
 * {@code ../shared/reference/ssda903-and-indicators.md}, section 2.1), and the one volume the generator is driven
 * by. A test checks that a generated national year lands within {@link #TOLERANCE} of each figure.
 */
public final class Calibration {

    /** A national figure for one collection year, with where it comes from. */
    public record Figure(String name, long target, String source) {
    }

    public static final Figure LOOKED_AFTER_ON_31_MARCH = new Figure("looked after on 31 March", 81_770,
            "DfE, Children looked after in England including adoptions 2025 (EES): 81,770 on 31 March 2025");
    public static final Figure LEAVERS = new Figure("ceased to be looked after in the year", 34_450,
            "DfE EES data set e25347dc-c44d-4f2b-bbe1-c001be0e40e0 (2025 time series): 34,450 ceased in 2024-25");
    public static final Figure ADOPTIONS = new Figure("adopted in the year (E11, E12)", 3_040,
            "same data set: 3,040 adopted in 2024-25 (1,760 E11, 1,280 E12)");
    public static final Figure SPECIAL_GUARDIANSHIP_ORDERS = new Figure("left care on an SGO (E45-E48)", 4_000,
            "about 4,000: 3,830 in 2018-19 (DfE via CYP Now); 2025 shares (E47 22% = 910) imply 3,700-4,100");
    public static final Figure UASC_ON_31_MARCH = new Figure("unaccompanied asylum-seeking children on 31 March",
            6_540, "same data set: 6,540 UASC looked after on 31 March 2025");

    public static final List<Figure> FIGURES =
            List.of(LOOKED_AFTER_ON_31_MARCH, LEAVERS, ADOPTIONS, SPECIAL_GUARDIANSHIP_ORDERS, UASC_ON_31_MARCH);

    /** A national share or average, for children looked after 12 months or more (reference section 2.5). */
    public record Rate(String name, double target, String source) {
    }

    public static final Rate KS2_EXPECTED_STANDARD = new Rate("KS2 reading, writing and maths expected standard", 0.37,
            "DfE Outcomes for children in need 2018/19: 37% of CLA (12 months or more)");
    public static final Rate ATTAINMENT_8 = new Rate("average Attainment 8", 19.1,
            "same release: CLA 19.1 against 44.6 for all pupils");
    public static final Rate PERSISTENT_ABSENCE = new Rate("persistently absent (10% of sessions or more)", 0.109,
            "same release: 10.9% of CLA (2019)");

    public static final List<Rate> RATES = List.of(KS2_EXPECTED_STANDARD, ATTAINMENT_8, PERSISTENT_ABSENCE);

    /** How far a generated national year may be from each figure. */
    public static final double TOLERANCE = 0.10;

    /**
     * Children coming into care for the first time each year in England, the volume everything else follows from.
     * Tuned (not sourced) so that, with the re-entries the generator adds, leavers and the 31 March count land on
     * the figures above; DfE counted 33,050 starts in 2023-24.
     */
    public static final int CHILDREN_ENTERING_A_YEAR = 33_300;

    private Calibration() {
    }
}
