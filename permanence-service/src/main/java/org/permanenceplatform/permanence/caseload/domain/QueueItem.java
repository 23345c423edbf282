package org.permanenceplatform.permanence.caseload.domain;

import org.permanenceplatform.permanence.assessment.domain.AssessmentClock;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.permanenceplatform.permanence.assessment.domain.StageClock;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.delay.domain.ChildDelay;
import org.permanenceplatform.permanence.delay.domain.DueClock;
import org.permanenceplatform.permanence.placement.domain.MoveRequest;
import org.permanenceplatform.permanence.placement.domain.MoveStep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Something waiting for the IRO or the decision maker on a child's record.
 *
 * @param ready whether everything the decision needs first is on record (for a move: the child's wishes and the
 *              IRO's view)
 */
public record QueueItem(String childId, String localChildId, String givenName, String familyName, Kind kind,
                        String title, String moveId, String assessmentId, String stageKey, LocalDate due,
                        boolean ready) {

    public enum Kind { MOVE_IRO_VIEW, MOVE_CHALLENGE_OPEN, MOVE_IRO_TO_BE_INFORMED, REVIEW_DUE, MOVE_APPROVAL,
        STAGE_DECISION }

    public static final Comparator<QueueItem> SOONEST = Comparator
            .comparing((QueueItem item) -> item.due() == null ? LocalDate.MAX : item.due())
            .thenComparing(QueueItem::familyName);

    /** What waits for the IRO: a view on a move, an answer to their challenge, being told, a review due. */
    public static List<QueueItem> forIro(Child child, ChildDelay delay) {
        List<QueueItem> items = new ArrayList<>();
        for (MoveRequest move : openMoves(child)) {
            List<MoveStep> outstanding = move.outstanding();
            LocalDate due = move.proposal().proposedDate();
            if (outstanding.contains(MoveStep.IRO_VIEW)) {
                items.add(item(child, Kind.MOVE_IRO_VIEW, "Record your view of the proposed move", move, due, true));
            }
            if (outstanding.contains(MoveStep.IRO_INFORMED)) {
                items.add(item(child, Kind.MOVE_IRO_TO_BE_INFORMED, "A move is proposed: you have not been told",
                        move, due, true));
            }
            if (move.hasOpenChallenge()) {
                items.add(item(child, Kind.MOVE_CHALLENGE_OPEN, "Your challenge is waiting for an answer", move, due,
                        false));
            }
        }
        delay.clocks().stream().filter(clock -> clock.kind() == DueClock.Kind.REVIEW)
                .filter(clock -> clock.status().needsAttention())
                .forEach(clock -> items.add(new QueueItem(child.id(), child.details().localChildId(),
                        child.details().givenName(), child.details().familyName(), Kind.REVIEW_DUE,
                        "Statutory review " + clock.status().name().toLowerCase().replace('_', ' '), null, null,
                        null, clock.due(), true)));
        return items;
    }

    /** What waits for the decision maker: moves to approve, and decision stages whose turn has come. */
    public static List<QueueItem> forDecisionMaker(Child child, AssessmentTemplates templates) {
        List<QueueItem> items = new ArrayList<>();
        for (MoveRequest move : openMoves(child)) {
            if (move.outstanding().contains(MoveStep.DECISION_MAKER_APPROVAL)) {
                boolean ready = move.childWishes() != null && move.iroView() != null;
                items.add(item(child, Kind.MOVE_APPROVAL, "Approve or refuse a move from a settled placement", move,
                        move.proposal().proposedDate(), ready));
            }
        }
        child.record().assessments().stream().filter(assessment -> assessment.isOpen()).forEach(assessment -> {
            AssessmentClock clock = assessment.clock(templates.of(assessment.type()));
            for (int i = 0; i < clock.stages().size(); i++) {
                StageClock stage = clock.stages().get(i);
                boolean turn = i == 0 || clock.stages().get(i - 1).isCompleted();
                if (stage.stage().isDecision() && !stage.isCompleted() && turn) {
                    items.add(new QueueItem(child.id(), child.details().localChildId(), child.details().givenName(),
                            child.details().familyName(), Kind.STAGE_DECISION, stage.stage().title(), null,
                            assessment.id(), stage.key(), stage.dueDate(), true));
                }
            }
        });
        return items;
    }

    private static List<MoveRequest> openMoves(Child child) {
        return child.record().moves().stream().filter(move -> !move.isRefused())
                .filter(move -> child.record().placements().stream().anyMatch(placement ->
                        placement.id().equals(move.proposal().placementId()) && placement.isOpen()))
                .toList();
    }

    private static QueueItem item(Child child, Kind kind, String title, MoveRequest move, LocalDate due,
                                  boolean ready) {
        return new QueueItem(child.id(), child.details().localChildId(), child.details().givenName(),
                child.details().familyName(), kind, title, move.id(), null, null, due, ready);
    }
}
