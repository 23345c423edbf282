package org.permanenceplatform.generator.journey;

import org.permanenceplatform.generator.journey.Codes.ReasonEpisodeCeased;
import org.permanenceplatform.generator.journey.Codes.Route;

import static org.permanenceplatform.generator.journey.Codes.ReasonEpisodeCeased.*;

/**
 * How a period of care will end, drawn first, so that the age at entry, the length of stay and the reason ceased
 * fit each other. The shares of periods started are tuned so that a steady state lands on the national figures in
 * {@code Calibration} (leavers by route, and the stock on 31 March = starts x mean length of stay, about 2.4 years);
 * the reason-ceased splits are the reference's (section 2.1: adoptions 58% E11 / 42% E12; SGOs 2025 E47 22%, E48
 * 3%). Lengths of stay are in days and are cut at the 18th birthday.
 */
public enum Leaving {
    ADOPTION(0.088, Route.ADOPTION),
    SPECIAL_GUARDIANSHIP(0.116, Route.SPECIAL_GUARDIANSHIP),
    CHILD_ARRANGEMENTS_ORDER(0.030, Route.KINSHIP),
    RETURN_HOME(0.280, Route.RETURN_HOME),
    OTHER_EARLY_END(0.130, Route.RETURN_HOME),
    UNACCOMPANIED_TO_ADULTHOOD(0.115, Route.LONG_TERM_FOSTERING),
    FOSTERED_TO_ADULTHOOD(0.125, Route.LONG_TERM_FOSTERING),
    RESIDENTIAL_TO_ADULTHOOD(0.086, Route.LONG_TERM_FOSTERING);

    private final double share;
    private final Route plannedRoute;

    Leaving(double share, Route plannedRoute) {
        this.share = share;
        this.plannedRoute = plannedRoute;
    }

    static Leaving draw(Draw draw) {
        double[] shares = new double[values().length];
        for (Leaving leaving : values()) {
            shares[leaving.ordinal()] = leaving.share;
        }
        return draw.pick(values(), shares);
    }

    /**
     * The permanence plan's route. The platform has five routes and none for leaving care as a young adult from a
     * children's home, so those children are planned for long-term fostering, the nearest stable arrangement.
     */
    public Route plannedRoute() {
        return plannedRoute;
    }

    /** Age in days on entering care. */
    int ageAtEntry(Draw draw) {
        return switch (this) {
            case ADOPTION -> draw.chance(0.7) ? draw.between(0, 364) : draw.between(365, 4 * 365);
            case SPECIAL_GUARDIANSHIP -> draw.triangular(0, 200, 12 * 365);
            case CHILD_ARRANGEMENTS_ORDER -> draw.between(0, 14 * 365);
            case RETURN_HOME -> draw.between(0, 17 * 365 + 300);
            case OTHER_EARLY_END -> draw.between(5 * 365, 17 * 365 + 300);
            case UNACCOMPANIED_TO_ADULTHOOD -> draw.triangular(14 * 365, 16 * 365 + 180, 17 * 365 + 300);
            case FOSTERED_TO_ADULTHOOD -> draw.triangular(365, 9 * 365, 15 * 365);
            case RESIDENTIAL_TO_ADULTHOOD -> draw.triangular(11 * 365, 14 * 365, 16 * 365 + 300);
        };
    }

    /** Days from entering care to leaving it, before the cut at 18. */
    int lengthOfStay(Draw draw, int ageAtEntry) {
        int toEighteen = 18 * 365 + 4 - ageAtEntry;
        return switch (this) {
            case ADOPTION -> draw.triangular(420, 620, 1200);
            case SPECIAL_GUARDIANSHIP -> draw.triangular(200, 420, 1000);
            case CHILD_ARRANGEMENTS_ORDER -> draw.triangular(150, 300, 800);
            case RETURN_HOME -> draw.exponential(240);
            case OTHER_EARLY_END -> draw.exponential(200);
            case UNACCOMPANIED_TO_ADULTHOOD, FOSTERED_TO_ADULTHOOD, RESIDENTIAL_TO_ADULTHOOD ->
                    draw.chance(0.25) ? Math.max(30, toEighteen - draw.between(30, 700)) : toEighteen;
        };
    }

    /** The reason the last episode ceased, given whether the child left on turning 18. */
    ReasonEpisodeCeased reasonCeased(Draw draw, boolean atEighteen) {
        if (atEighteen && !isToAdulthood()) {
            return draw.pick(new ReasonEpisodeCeased[] {E5, E8}, new double[] {0.6, 0.4});
        }
        return switch (this) {
            case ADOPTION -> draw.chance(0.58) ? E11 : E12;
            case SPECIAL_GUARDIANSHIP -> draw.pick(new ReasonEpisodeCeased[] {E45, E46, E47, E48},
                    new double[] {0.65, 0.10, 0.22, 0.03});
            case CHILD_ARRANGEMENTS_ORDER -> E41;
            case RETURN_HOME -> draw.chance(0.85) ? E4A : E4B;
            case OTHER_EARLY_END -> draw.pick(new ReasonEpisodeCeased[] {E13, E3, E8, E2, E16, E9},
                    new double[] {0.25, 0.10, 0.45, 0.01, 0.05, 0.14});
            case UNACCOMPANIED_TO_ADULTHOOD -> atEighteen
                    ? draw.pick(new ReasonEpisodeCeased[] {E5, E6, E17, E8}, new double[] {0.6, 0.15, 0.1, 0.15})
                    : draw.pick(new ReasonEpisodeCeased[] {E15, E5, E6}, new double[] {0.5, 0.3, 0.2});
            case FOSTERED_TO_ADULTHOOD -> atEighteen
                    ? draw.pick(new ReasonEpisodeCeased[] {E17, E5, E6, E8}, new double[] {0.35, 0.4, 0.1, 0.15})
                    : draw.pick(new ReasonEpisodeCeased[] {E5, E6, E8}, new double[] {0.5, 0.2, 0.3});
            case RESIDENTIAL_TO_ADULTHOOD -> atEighteen
                    ? draw.pick(new ReasonEpisodeCeased[] {E5, E6, E8}, new double[] {0.6, 0.15, 0.25})
                    : draw.pick(new ReasonEpisodeCeased[] {E5, E6, E8, E9}, new double[] {0.35, 0.2, 0.3, 0.15});
        };
    }

    boolean isToAdulthood() {
        return this == UNACCOMPANIED_TO_ADULTHOOD || this == FOSTERED_TO_ADULTHOOD || this == RESIDENTIAL_TO_ADULTHOOD;
    }
}
