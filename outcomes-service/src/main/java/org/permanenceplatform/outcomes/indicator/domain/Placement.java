package org.permanenceplatform.outcomes.indicator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A placement in a period of care, as {@code ncpd.journey.changed} sends it: DfE placement type (A3...Z1), provider
 * (PR0-PR5), whether the carers are those of the previous placement, how it ended (PLANNED_MOVE or DISRUPTION), the
 * distance band, the weekly cost in pounds and the purchase route (IN_HOUSE, FRAMEWORK, SPOT). Unknowns are null.
 */
public record Placement(int number, LocalDate start, LocalDate end, String type, String provider, boolean kinship,
                        boolean sameCarersAsPrevious, String reasonForChange, String endKind, String distanceBand,
                        BigDecimal weeklyCost, String purchaseRoute) {

    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");
    private static final Set<String> ADOPTION = Set.of("A3", "A4", "A5", "A6");
    private static final Set<String> WITH_CURRENT_FOSTER_CARERS = Set.of("A3", "A5");
    private static final Set<String> FOSTER = Set.of("U1", "U2", "U3", "U4", "U5", "U6");

    public Placement {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(type, "type");
    }

    /** T0-T4: a temporary stay (hospital, holiday, respite, up to 7 days) that never starts a new placement. */
    public boolean temporary() {
        return TEMPORARY.contains(type);
    }

    /** A3-A6: placed for adoption. */
    public boolean forAdoption() {
        return ADOPTION.contains(type);
    }

    /** Placed for adoption with the child's current foster carers (A3, A5), or recorded as the same carers. */
    public boolean withCurrentCarers() {
        return WITH_CURRENT_FOSTER_CARERS.contains(type) || sameCarersAsPrevious;
    }

    /** U1-U6: foster care. */
    public boolean foster() {
        return FOSTER.contains(type);
    }

    public boolean disruption() {
        return "DISRUPTION".equals(endKind);
    }
}
