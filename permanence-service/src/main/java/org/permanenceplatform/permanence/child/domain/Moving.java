package org.permanenceplatform.permanence.child.domain;

import org.permanenceplatform.permanence.placement.domain.EndKind;
import org.permanenceplatform.permanence.placement.domain.MoveKind;
import org.permanenceplatform.permanence.placement.domain.MoveProposal;
import org.permanenceplatform.permanence.placement.domain.MoveRequest;
import org.permanenceplatform.permanence.placement.domain.MoveStep;
import org.permanenceplatform.permanence.placement.domain.Placement;
import org.permanenceplatform.permanence.placement.domain.PlacementRules;
import org.permanenceplatform.permanence.placement.domain.Violation;
import org.permanenceplatform.permanence.reference.domain.ReasonForPlacementChange;
import org.permanenceplatform.permanence.rules.domain.RuleBroken;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Moving a child from a placement. A placement ends only through a move request whose safeguards are met (statutory
 * review, the IRO told, and for a settled placement the child's wishes, the IRO's view and a decision maker's
 * approval). A disruption cannot wait: it is recorded as an emergency move, whose safeguards stay outstanding.
 * Temporary placements (T0 to T4) end without one.
 */
public final class Moving {

    private Moving() {
    }

    public static PermanenceRecord propose(PermanenceRecord record, String moveId, String placementId,
                                           LocalDate proposedDate, MoveKind kind, ReasonForPlacementChange reason,
                                           boolean disruptsKs4, String by) {
        Placement placement = placement(record, placementId);
        if (record.moves().stream().anyMatch(move -> move.proposal().placementId().equals(placementId)
                && !move.isRefused() && placement.isOpen())) {
            throw new RuleBroken("placementId", "a move from this placement is already requested");
        }
        MoveRequest move = MoveRequest.propose(moveId,
                MoveProposal.from(placement, proposedDate, kind, reason, disruptsKs4, by));
        return record.withMoves(PermanenceRecord.plus(record.moves(), move));
    }

    public static PermanenceRecord change(PermanenceRecord record, String moveId, UnaryOperator<MoveRequest> step) {
        MoveRequest move = move(record, moveId);
        if (!placement(record, move.proposal().placementId()).isOpen()) {
            throw new IllegalStateException("the child has already moved from that placement");
        }
        return record.withMoves(PermanenceRecord.replaceOne(record.moves(), MoveRequest::id, moveId, step)
                .orElseThrow());
    }

    public static PermanenceRecord endPlacement(PermanenceRecord record, String placementId, LocalDate endDate,
                                                ReasonForPlacementChange reason, EndKind kind, String moveId,
                                                String by) {
        Placement placement = placement(record, placementId);
        if (!placement.isOpen()) {
            throw new RuleBroken("placementId", "the placement already ended on " + placement.endDate());
        }
        PermanenceRecord next = record;
        if (!placement.placementType().isTemporary()) {
            next = safeguarded(record, placement, endDate, reason, kind, moveId, by);
        }
        Placement ended = placement.ended(endDate, reason, kind);
        refuse(PlacementRules.checkEnd(ended));
        return next.withPlacements(PermanenceRecord.replaceOne(next.placements(), Placement::id, placementId,
                open -> ended).orElseThrow());
    }

    private static PermanenceRecord safeguarded(PermanenceRecord record, Placement placement, LocalDate endDate,
                                                ReasonForPlacementChange reason, EndKind kind, String moveId,
                                                String by) {
        if (moveId == null) {
            if (kind == EndKind.PLANNED_MOVE) {
                throw new RuleBroken("moveId", "a planned move needs a move request: a statutory review first and"
                        + " the IRO told, and for a settled placement the child's wishes, the IRO's view and"
                        + " approval");
            }
            if (reason == null) {
                throw new RuleBroken("reasonForChange", "give the reason the placement ended");
            }
            MoveRequest emergency = MoveRequest.propose(placement.id() + "-emergency",
                    MoveProposal.from(placement, endDate, MoveKind.EMERGENCY, reason, false, by));
            return record.withMoves(PermanenceRecord.plus(record.moves(), emergency));
        }
        MoveRequest move = move(record, moveId);
        if (!move.proposal().placementId().equals(placement.id())) {
            throw new RuleBroken("moveId", "that move request is for another placement");
        }
        if (move.isRefused()) {
            throw new RuleBroken("moveId", "the decision maker refused that move");
        }
        if (!move.mayGoAhead()) {
            throw new RuleBroken("moveId", "the move is still waiting for: " + move.outstanding().stream()
                    .map(MoveStep::label).collect(Collectors.joining(", ")));
        }
        return record;
    }

    private static Placement placement(PermanenceRecord record, String placementId) {
        return PermanenceRecord.findOne(record.placements(), placement -> placement.id().equals(placementId))
                .orElseThrow(() -> new RuleBroken("placementId", "this child has no placement " + placementId));
    }

    private static MoveRequest move(PermanenceRecord record, String moveId) {
        return PermanenceRecord.findOne(record.moves(), move -> move.id().equals(moveId))
                .orElseThrow(() -> new RuleBroken("moveId", "this child has no move request " + moveId));
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleBroken(violations.get(0).field(), violations.stream().map(Violation::message)
                    .collect(Collectors.joining("; ")));
        }
    }
}
