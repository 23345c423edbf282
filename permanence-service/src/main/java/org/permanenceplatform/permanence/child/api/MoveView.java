package org.permanenceplatform.permanence.child.api;

import org.permanenceplatform.permanence.placement.domain.IroChallenge;
import org.permanenceplatform.permanence.placement.domain.MoveDecision;
import org.permanenceplatform.permanence.placement.domain.MoveProposal;
import org.permanenceplatform.permanence.placement.domain.MoveRequest;
import org.permanenceplatform.permanence.placement.domain.MoveStep;
import org.permanenceplatform.permanence.placement.domain.Statement;

import java.time.LocalDate;
import java.util.List;

/** A move request with what it still waits for, so the team, the IRO and the decision maker see the same list. */
public record MoveView(String id, MoveProposal proposal, boolean settledPlacement, boolean needsApproval,
                       LocalDate reviewHeldOn, LocalDate iroInformedOn, Statement childWishes, Statement iroView,
                       MoveDecision decision, List<IroChallenge> challenges, List<MoveStep> outstanding,
                       boolean mayGoAhead) {

    static MoveView of(MoveRequest move) {
        return new MoveView(move.id(), move.proposal(), move.proposal().fromSettledPlacement(), move.needsApproval(),
                move.reviewHeldOn(), move.iroInformedOn(), move.childWishes(), move.iroView(), move.decision(),
                move.challenges(), move.outstanding(), move.mayGoAhead());
    }
}
