package org.permanenceplatform.permanence.placement.domain;

import org.permanenceplatform.permanence.reference.domain.PlacementProvider;
import org.permanenceplatform.permanence.reference.domain.PlacementType;
import org.permanenceplatform.permanence.reference.domain.ReasonForPlacementChange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Where and with whom a child lived from one day to another, as the national dataset records it. The constructor
 * refuses only what can never be right (an end before the start, a negative cost, an end reason on an open
 * placement); the DfE code rules depend on the day and the legal status, so {@link PlacementRules} checks them and
 * reports every breach at once.
 *
 * @param endDate              null while the child still lives there
 * @param provider             null is allowed here; {@link PlacementRules} says when the type needs one
 * @param carerId              the carer register entry, when the carer is on the register (not a hospital, not
 *                             parents)
 * @param carerName            for display only; null when there is no carer to name
 * @param kinship              the carer is a relative, friend or other connected person, on any route
 * @param sameCarersAsPrevious the carers did not change (for example placed for adoption with the foster carers),
 *                             so the stability indicators do not count a new placement
 * @param weeklyCost           pounds a week, for the cost indicator; null when not known
 * @param purchaseRoute        null when not known; never used to rank carers
 * @param reasonForChange      only once ended; none for a temporary placement
 * @param endKind              only once ended; null for an ended placement imported from a 903 return, which does
 *                             not record it
 */
public record Placement(String id, LocalDate startDate, LocalDate endDate, PlacementType placementType,
                        PlacementProvider provider, String carerId, String carerName, boolean kinship,
                        boolean sameCarersAsPrevious, DistanceBand distanceBand, BigDecimal weeklyCost,
                        PurchaseRoute purchaseRoute, ReasonForPlacementChange reasonForChange, EndKind endKind) {

    public Placement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(placementType, "placementType");
        Objects.requireNonNull(distanceBand, "distanceBand");
        carerName = carerName == null || carerName.isBlank() ? null : carerName.strip();
        if (weeklyCost != null && weeklyCost.signum() < 0) {
            throw new IllegalArgumentException("weeklyCost cannot be negative");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("endDate cannot be before startDate");
        }
        if (endDate == null && (reasonForChange != null || endKind != null)) {
            throw new IllegalArgumentException("an open placement has no reason for change or end kind yet");
        }
    }

    /** A placement the child moves into: nothing about its end is known yet. */
    public static Placement open(String id, LocalDate startDate, PlacementType placementType,
                                 PlacementProvider provider, String carerId, String carerName, boolean kinship,
                                 boolean sameCarersAsPrevious, DistanceBand distanceBand, BigDecimal weeklyCost,
                                 PurchaseRoute purchaseRoute) {
        return new Placement(id, startDate, null, placementType, provider, carerId, carerName, kinship,
                sameCarersAsPrevious, distanceBand, weeklyCost, purchaseRoute, null, null);
    }

    public boolean isOpen() {
        return endDate == null;
    }

    /**
     * How long the child had lived here on {@code date}, or in all if the placement ended before then. A
     * {@link Period} rather than days, so that "2 years" means the anniversary: a placement that began on 29 February
     * reaches a year on 1 March, as an age does in England.
     */
    public Period lengthOn(LocalDate date) {
        if (date.isBefore(startDate)) {
            throw new IllegalArgumentException("the placement had not started on " + date);
        }
        LocalDate until = endDate != null && endDate.isBefore(date) ? endDate : date;
        return Period.between(startDate, until);
    }

    /**
     * The same placement ended on {@code end}. Whether the reason is required for this type is a rule
     * ({@link PlacementRules#checkEnd}), so a missing reason is not refused here.
     *
     * @throws IllegalStateException    when the placement has already ended
     * @throws IllegalArgumentException when {@code end} is before the start
     */
    public Placement ended(LocalDate end, ReasonForPlacementChange reason, EndKind kind) {
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(kind, "kind");
        if (!isOpen()) {
            throw new IllegalStateException("the placement already ended on " + endDate);
        }
        return new Placement(id, startDate, end, placementType, provider, carerId, carerName, kinship,
                sameCarersAsPrevious, distanceBand, weeklyCost, purchaseRoute, reason, kind);
    }
}
