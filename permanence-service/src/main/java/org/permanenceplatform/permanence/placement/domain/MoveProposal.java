package org.permanenceplatform.permanence.placement.domain;

import org.permanenceplatform.permanence.reference.domain.ReasonForPlacementChange;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A proposal to move a child from an open placement on a given day. It keeps the placement's start date, so that
 * whether the placement is settled can be worked out again from the stored request alone.
 *
 * @param disruptsKeyStage4Education the move would disrupt the education of a pupil in Key Stage 4 (years 10 and
 *                                   11), as the social worker and virtual school judge it
 * @param requestedBy                the subject of the user who proposed the move
 */
public record MoveProposal(String placementId, LocalDate placementStartDate, LocalDate proposedDate, MoveKind kind,
                           ReasonForPlacementChange reason, boolean disruptsKeyStage4Education, String requestedBy) {

    /** Platform policy: a placement that has lasted this long is settled, and a planned move from it is approved. */
    public static final Period SETTLED_AFTER = Period.ofYears(2);

    public MoveProposal {
        Objects.requireNonNull(placementId, "placementId");
        Objects.requireNonNull(placementStartDate, "placementStartDate");
        Objects.requireNonNull(proposedDate, "proposedDate");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestedBy, "requestedBy");
        if (proposedDate.isBefore(placementStartDate)) {
            throw new IllegalArgumentException("proposedDate cannot be before the placement started");
        }
    }

    /**
     * A move from {@code placement}. Only an open, non-temporary placement can be moved from this way: a temporary
     * placement (T0 to T4) ends by the child going back, with no reason for change.
     */
    public static MoveProposal from(Placement placement, LocalDate proposedDate, MoveKind kind,
                                    ReasonForPlacementChange reason, boolean disruptsKeyStage4Education,
                                    String requestedBy) {
        if (!placement.isOpen()) {
            throw new IllegalArgumentException("the placement already ended on " + placement.endDate());
        }
        if (placement.placementType().isTemporary()) {
            throw new IllegalArgumentException("a temporary placement ends without a move request");
        }
        return new MoveProposal(placement.id(), placement.startDate(), proposedDate, kind, reason,
                disruptsKeyStage4Education, requestedBy);
    }

    /**
     * The placement will have lasted 2 years or more on the proposed day: on the second anniversary of its start it
     * is settled, the day before it is not.
     */
    public boolean fromSettledPlacement() {
        return Period.between(placementStartDate, proposedDate).toTotalMonths() >= SETTLED_AFTER.toTotalMonths();
    }

    /**
     * Whether a decision maker must approve: a planned move from a settled placement, or one that would disrupt a
     * Key Stage 4 pupil's education. An emergency move cannot wait for a decision, so it never needs one.
     */
    public boolean needsApproval() {
        return kind == MoveKind.PLANNED && (fromSettledPlacement() || disruptsKeyStage4Education);
    }
}
