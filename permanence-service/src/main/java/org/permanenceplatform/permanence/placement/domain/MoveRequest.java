package org.permanenceplatform.permanence.placement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A move from a placement and the safeguards recorded for it over time. By law a placement ends only after a
 * statutory review, and the IRO is told beforehand, or as soon as practicable after an emergency move. Platform
 * policy adds, for a planned move that {@linkplain MoveProposal#needsApproval() needs approval}: the child's wishes
 * and the IRO's view on record, then a decision maker's approval. An IRO challenge holds a planned move until it is
 * answered.
 *
 * <p>An emergency move is never held: the child's safety comes first. Its review, the IRO being told and any open
 * challenge stay {@linkplain #outstanding() outstanding} afterwards, so that the team sees what is still owed.
 *
 * <p>Each step returns a new request; a step out of order throws {@link IllegalStateException}. Who may take a step
 * (a decision maker approves, the IRO records a view or challenges) is checked where the user is known, not here.
 *
 * @param reviewHeldOn  null until the statutory review is held
 * @param iroInformedOn null until the IRO is told
 * @param decision      null until the decision maker decides
 */
public record MoveRequest(String id, MoveProposal proposal, LocalDate reviewHeldOn, LocalDate iroInformedOn,
                          Statement childWishes, Statement iroView, MoveDecision decision,
                          List<IroChallenge> challenges) {

    public MoveRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(proposal, "proposal");
        challenges = challenges == null ? List.of() : List.copyOf(challenges);
    }

    public static MoveRequest propose(String id, MoveProposal proposal) {
        return new MoveRequest(id, proposal, null, null, null, null, null, List.of());
    }

    public boolean needsApproval() {
        return proposal.needsApproval();
    }

    /** @throws IllegalArgumentException when a planned move's review would come after the move */
    public MoveRequest recordReview(LocalDate heldOn) {
        return new MoveRequest(id, proposal, beforeAPlannedMove(heldOn, "the statutory review"), iroInformedOn,
                childWishes, iroView, decision, challenges);
    }

    /** @throws IllegalArgumentException when the IRO would be told only after a planned move */
    public MoveRequest recordIroInformed(LocalDate informedOn) {
        return new MoveRequest(id, proposal, reviewHeldOn, beforeAPlannedMove(informedOn, "telling the IRO"),
                childWishes, iroView, decision, challenges);
    }

    /** The child's wishes about the move; a later record replaces an earlier one until the decision is made. */
    public MoveRequest recordChildWishes(Statement wishes) {
        requireUndecided("record the child's wishes");
        return new MoveRequest(id, proposal, reviewHeldOn, iroInformedOn, Objects.requireNonNull(wishes), iroView,
                decision, challenges);
    }

    /** The IRO's view of the move; a later record replaces an earlier one until the decision is made. */
    public MoveRequest recordIroView(Statement view) {
        requireUndecided("record the IRO's view");
        return new MoveRequest(id, proposal, reviewHeldOn, iroInformedOn, childWishes, Objects.requireNonNull(view),
                decision, challenges);
    }

    /** @throws IllegalStateException unless approval is needed, undecided, and the wishes and IRO view are recorded */
    public MoveRequest approve(Statement reasons) {
        requireApprovalNeeded();
        requireUndecided("approve the move");
        if (childWishes == null) {
            throw new IllegalStateException("record the child's wishes about the move before approving it");
        }
        if (iroView == null) {
            throw new IllegalStateException("record the IRO's view of the move before approving it");
        }
        return decided(new MoveDecision(true, reasons));
    }

    /** A refusal needs nothing recorded first: keeping a child where they are settled is always open to the decider. */
    public MoveRequest refuse(Statement reasons) {
        requireApprovalNeeded();
        requireUndecided("refuse the move");
        return decided(new MoveDecision(false, reasons));
    }

    public MoveRequest raiseChallenge(Statement challenge) {
        List<IroChallenge> raised = new ArrayList<>(challenges);
        raised.add(new IroChallenge(challenges.size() + 1, challenge, null));
        return withChallenges(raised);
    }

    /**
     * @throws IllegalArgumentException when there is no challenge with that number
     * @throws IllegalStateException    when it has been answered already
     */
    public MoveRequest answerChallenge(int number, Statement answer) {
        if (number < 1 || number > challenges.size()) {
            throw new IllegalArgumentException("there is no challenge " + number + " on this move");
        }
        List<IroChallenge> answered = new ArrayList<>(challenges);
        answered.set(number - 1, challenges.get(number - 1).answered(answer));
        return withChallenges(answered);
    }

    public boolean hasOpenChallenge() {
        return challenges.stream().anyMatch(IroChallenge::isOpen);
    }

    public boolean isRefused() {
        return decision != null && !decision.approved();
    }

    /** What is still missing, in the order the steps are normally taken; empty when nothing is owed. */
    public List<MoveStep> outstanding() {
        List<MoveStep> steps = new ArrayList<>();
        addIf(reviewHeldOn == null, MoveStep.STATUTORY_REVIEW, steps);
        addIf(iroInformedOn == null, MoveStep.IRO_INFORMED, steps);
        if (needsApproval()) {
            addIf(childWishes == null, MoveStep.CHILD_WISHES, steps);
            addIf(iroView == null, MoveStep.IRO_VIEW, steps);
            addIf(decision == null || !decision.approved(), MoveStep.DECISION_MAKER_APPROVAL, steps);
        }
        addIf(hasOpenChallenge(), MoveStep.OPEN_CHALLENGE, steps);
        return List.copyOf(steps);
    }

    /** A planned move goes ahead once nothing is outstanding; an emergency move always may (see the class note). */
    public boolean mayGoAhead() {
        return proposal.kind() == MoveKind.EMERGENCY || outstanding().isEmpty();
    }

    private LocalDate beforeAPlannedMove(LocalDate date, String what) {
        Objects.requireNonNull(date, "date");
        if (proposal.kind() == MoveKind.PLANNED && date.isAfter(proposal.proposedDate())) {
            throw new IllegalArgumentException(what + " must come on or before the planned move on "
                    + proposal.proposedDate());
        }
        return date;
    }

    private void requireApprovalNeeded() {
        if (!needsApproval()) {
            throw new IllegalStateException("this move does not need a decision maker's approval");
        }
    }

    private void requireUndecided(String action) {
        if (decision != null) {
            throw new IllegalStateException("cannot " + action + ": the move was already "
                    + (decision.approved() ? "approved" : "refused") + " on " + decision.reasons().on());
        }
    }

    private MoveRequest decided(MoveDecision made) {
        return new MoveRequest(id, proposal, reviewHeldOn, iroInformedOn, childWishes, iroView, made, challenges);
    }

    private MoveRequest withChallenges(List<IroChallenge> changed) {
        return new MoveRequest(id, proposal, reviewHeldOn, iroInformedOn, childWishes, iroView, decision, changed);
    }

    private static void addIf(boolean missing, MoveStep step, List<MoveStep> steps) {
        if (missing) {
            steps.add(step);
        }
    }
}
