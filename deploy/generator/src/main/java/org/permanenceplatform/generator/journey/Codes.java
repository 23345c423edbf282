package org.permanenceplatform.generator.journey;

/**
 * The few SSDA903 code lists the generator writes, copied (codes only) from permanence-service's
 * {@code reference/domain} enums and the 903 validator's lists (reference section 1.3): a module may not depend on a
 * service's internals. Each constant is named exactly by its code.
 */
public final class Codes {

    private Codes() {
    }

    /** SSDA903 LS. V3/V4 short breaks are not generated yet (the published counts leave them out). */
    public enum LegalStatus {
        C1, C2, E1, V2, L1, L2, J1;

        /** Court authority to place for adoption, which A5 and A6 need. */
        public boolean isCourtAuthorityToPlace() {
            return this == E1;
        }
    }

    /** SSDA903 PLACE, the types valid in every collection year the generator writes (2015-16 onwards). */
    public enum PlacementType {
        A3, A4, A5, A6, K2, P1, R1, T0, T4, U1, U3, U4, U5, U6;

        public boolean isTemporary() {
            return this == T0 || this == T4;
        }

        public boolean isAdoptionPlacement() {
            return this == A3 || this == A4 || this == A5 || this == A6;
        }

        public boolean needsCourtAuthorityToPlace() {
            return this == A5 || this == A6;
        }

        public boolean isFoster() {
            return name().startsWith("U");
        }

        public boolean isLongTermFoster() {
            return this == U1 || this == U4;
        }
    }

    /** SSDA903 PLACE_PROVIDER. */
    public enum PlacementProvider { PR0, PR1, PR2, PR4, PR5 }

    /** SSDA903 REASON_PLACE_CHANGE; the ones a carer or the child ends count as a disruption here. */
    public enum ReasonForPlacementChange {
        CARPL, CLOSE, ALLEG, STAND, CREQB, CREQO, CHILD, LAREQ, PLACE, OTHER;

        public boolean isDisruption() {
            return this == ALLEG || this == STAND || this == CREQB || this == CREQO || this == CHILD;
        }
    }

    /** SSDA903 REC; X1 ends an episode that the next one continues. */
    public enum ReasonEpisodeCeased {
        E11, E12, E2, E3, E4A, E4B, E13, E41, E45, E46, E47, E48, E5, E6, E8, E9, E15, E16, E17, X1;

        /** The permanence route this ending achieved, or null (as permanence-service's enum maps them). */
        public Route route() {
            return switch (this) {
                case E11, E12 -> Route.ADOPTION;
                case E45, E46, E47, E48 -> Route.SPECIAL_GUARDIANSHIP;
                case E41 -> Route.KINSHIP;
                case E4A, E4B -> Route.RETURN_HOME;
                default -> null;
            };
        }
    }

    /** The platform's five routes to permanence. */
    public enum Route { ADOPTION, SPECIAL_GUARDIANSHIP, KINSHIP, LONG_TERM_FOSTERING, RETURN_HOME }

    /** SSDA903 RNE: how an episode differs from the one before it. */
    public enum ReasonNewEpisode { S, L, P, T, B, U }

    /** SSDA903 CIN. */
    public enum CategoryOfNeed { N1, N2, N3, N4, N5, N6, N7, N8 }

    /** SSDA903 SEX (2024-25 onwards). */
    public enum Sex { M, F }

    /** The 20 SSDA903 ethnicity codes (validator rule 103). */
    public enum Ethnicity {
        WBRI, WIRI, WIRT, WOTH, WROM, MWBC, MWBA, MWAS, MOTH, AIND, APKN, ABAN, AOTH, BCRB, BAFR, BOTH, CHNE, OOTH,
        REFU, NOBT
    }
}
