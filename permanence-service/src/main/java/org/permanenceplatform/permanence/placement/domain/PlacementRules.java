package org.permanenceplatform.permanence.placement.domain;

import org.permanenceplatform.permanence.reference.domain.LegalStatus;
import org.permanenceplatform.permanence.reference.domain.PlacementProvider;
import org.permanenceplatform.permanence.reference.domain.PlacementType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.permanenceplatform.permanence.reference.domain.PlacementType.*;

/**
 * The SSDA903 validator's placement rules, applied when a placement is recorded or ended rather than months later
 * when the return is built, so that the LA's return and the national dataset agree. Each method returns every
 * violation found, empty when the placement is valid.
 */
public final class PlacementRules {

    public static final String PLACEMENT_TYPE = "placementType";
    public static final String PROVIDER = "provider";
    public static final String START_DATE = "startDate";
    public static final String END_DATE = "endDate";
    public static final String REASON_FOR_CHANGE = "reasonForChange";

    /** T4 is temporary accommodation of seven days or less; the validator allows the end 7 days after the start. */
    public static final int T4_MAX_DAYS = 7;

    private static final Set<PlacementType> NOT_WITH_OWN_OR_OTHER_LA = EnumSet.of(P1, R2, R5);
    private static final Set<PlacementType> NOT_WITH_OTHER_PUBLIC =
            EnumSet.of(P1, A3, A4, A5, A6, K1, K2, U1, U2, U3, U4, U5, U6);

    private PlacementRules() {
    }

    /**
     * A new placement, against the legal status in force on its start date and the child's previous placement in
     * the period of care. A placement recorded after it ended (history) is checked as an ending too.
     *
     * @param legalStatus null when none is recorded for the start date: nothing then shows court authority to place
     * @param previous    null for the first placement of the period of care
     */
    public static List<Violation> checkNew(Placement placement, LegalStatus legalStatus, Placement previous) {
        List<Violation> violations = new ArrayList<>();
        typeOnItsDay(placement, violations);
        courtAuthority(placement, legalStatus, violations);
        provider(placement.placementType(), placement.provider(), violations);
        afterPrevious(placement, previous, violations);
        if (!placement.isOpen()) {
            violations.addAll(checkEnd(placement));
        }
        return List.copyOf(violations);
    }

    /** An ended placement: the reason for change and the length of a T4. */
    public static List<Violation> checkEnd(Placement placement) {
        if (placement.isOpen()) {
            throw new IllegalArgumentException("the placement has not ended");
        }
        List<Violation> violations = new ArrayList<>();
        PlacementType type = placement.placementType();
        if (type.isTemporary() && placement.reasonForChange() != null) {
            violations.add(new Violation(REASON_FOR_CHANGE,
                    "a temporary placement (" + type.code() + ") ends without a reason for change"));
        }
        if (!type.isTemporary() && placement.reasonForChange() == null) {
            violations.add(new Violation(REASON_FOR_CHANGE, "give the reason the placement ended"));
        }
        if (type == T4 && ChronoUnit.DAYS.between(placement.startDate(), placement.endDate()) > T4_MAX_DAYS) {
            violations.add(new Violation(END_DATE,
                    "a T4 placement lasts " + T4_MAX_DAYS + " days at most: end it by "
                            + placement.startDate().plusDays(T4_MAX_DAYS) + " or choose another type"));
        }
        return List.copyOf(violations);
    }

    private static void typeOnItsDay(Placement placement, List<Violation> violations) {
        PlacementType type = placement.placementType();
        LocalDate start = placement.startDate();
        if (type.validOn(start)) {
            return;
        }
        String when = type.invalidFrom().filter(retired -> !start.isBefore(retired))
                .map(retired -> "is not used for placements starting on or after " + retired)
                .orElseGet(() -> "is used only for placements starting on or after " + type.validFrom().orElseThrow());
        violations.add(new Violation(PLACEMENT_TYPE, "placement type " + type.code() + " " + when));
    }

    private static void courtAuthority(Placement placement, LegalStatus legalStatus, List<Violation> violations) {
        PlacementType type = placement.placementType();
        if (type.needsCourtAuthorityToPlace() && (legalStatus == null || !legalStatus.isCourtAuthorityToPlace())) {
            violations.add(new Violation(PLACEMENT_TYPE, type.code() + " needs a placement order (legal status E1), "
                    + "or a freeing order (D1) for a historic episode, in force on the start date"));
        }
    }

    private static void provider(PlacementType type, PlacementProvider provider, List<Violation> violations) {
        if (provider == null) {
            if (type.providerRequired()) {
                violations.add(new Violation(PROVIDER, "placement type " + type.code() + " needs a provider"));
            }
            return;
        }
        boolean allowed = switch (provider) {
            case PR0 -> type == P1;
            case PR1, PR2 -> !NOT_WITH_OWN_OR_OTHER_LA.contains(type);
            case PR3 -> !NOT_WITH_OTHER_PUBLIC.contains(type);
            case PR4, PR5 -> true;
        };
        if (!allowed) {
            violations.add(new Violation(PROVIDER, "provider " + provider.code() + " (" + provider.label()
                    + ") does not go with placement type " + type.code()));
        }
    }

    private static void afterPrevious(Placement placement, Placement previous, List<Violation> violations) {
        if (previous == null) {
            return;
        }
        LocalDate start = placement.startDate();
        if (start.isBefore(previous.startDate())) {
            violations.add(new Violation(START_DATE,
                    "the placement cannot start before the previous one, which started on " + previous.startDate()));
        } else if (previous.isOpen()) {
            violations.add(new Violation(START_DATE,
                    "the previous placement is still open: end it on or before " + start + " first"));
        } else if (previous.endDate().isAfter(start)) {
            violations.add(new Violation(START_DATE,
                    "the previous placement ended on " + previous.endDate() + ", after this one starts"));
        }
    }
}
