package org.permanenceplatform.permanence.placement.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.permanence.reference.domain.PlacementType;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.permanenceplatform.permanence.placement.domain.MoveStep.*;
import static org.permanenceplatform.permanence.reference.domain.ReasonForPlacementChange.ALLEG;
import static org.permanenceplatform.permanence.reference.domain.ReasonForPlacementChange.CARPL;

class MoveRequestTest {

    static final LocalDate START = LocalDate.of(2023, 9, 4);
    static final LocalDate MOVE = LocalDate.of(2026, 3, 2);
    static final LocalDate BEFORE = MOVE.minusDays(14);
    static final Placement SETTLED = Placements.open(PlacementType.U4, START);
    static final Placement RECENT = Placements.open(PlacementType.U6, MOVE.minusMonths(5));

    @Test
    void aPlannedMoveFromARecentPlacementWaitsForTheReviewAndTheIroOnly() {
        MoveRequest request = planned(RECENT, false);
        assertThat(request.outstanding()).containsExactly(STATUTORY_REVIEW, IRO_INFORMED);
        assertThat(request.mayGoAhead()).isFalse();

        MoveRequest ready = request.recordReview(BEFORE).recordIroInformed(BEFORE);
        assertThat(ready.outstanding()).isEmpty();
        assertThat(ready.mayGoAhead()).isTrue();
    }

    @Test
    void moveFromATwoYearPlacementWaitsForWishesIroViewAndApproval() {
        MoveRequest request = planned(SETTLED, false).recordReview(BEFORE).recordIroInformed(BEFORE);
        assertThat(request.needsApproval()).isTrue();
        assertThat(request.outstanding()).containsExactly(CHILD_WISHES, IRO_VIEW, DECISION_MAKER_APPROVAL);

        MoveRequest heard = request.recordChildWishes(said("wants to stay at the same school"))
                .recordIroView(said("supports the move if school stays the same"));
        assertThat(heard.outstanding()).containsExactly(DECISION_MAKER_APPROVAL);
        assertThat(heard.mayGoAhead()).isFalse();

        MoveRequest approved = heard.approve(said("the plan keeps school and contact"));
        assertThat(approved.decision().approved()).isTrue();
        assertThat(approved.outstanding()).isEmpty();
        assertThat(approved.mayGoAhead()).isTrue();
    }

    @Test
    void aMoveThatDisruptsKeyStage4WaitsForApprovalToo() {
        MoveRequest request = planned(RECENT, true).recordReview(BEFORE).recordIroInformed(BEFORE);
        assertThat(request.outstanding()).containsExactly(CHILD_WISHES, IRO_VIEW, DECISION_MAKER_APPROVAL);
    }

    @Test
    void approvingBeforeTheChildsWishesAreRecordedIsRefused() {
        MoveRequest request = planned(SETTLED, false).recordIroView(said("no objection"));
        assertThatThrownBy(() -> request.approve(said("fine"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("record the child's wishes about the move before approving it");
    }

    @Test
    void approvingBeforeTheIroViewIsRecordedIsRefused() {
        MoveRequest request = planned(SETTLED, false).recordChildWishes(said("wants to move nearer to her brother"));
        assertThatThrownBy(() -> request.approve(said("fine"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("record the IRO's view of the move before approving it");
    }

    @Test
    void aDecisionMakerMayRefuseAtAnyTimeAndTheMoveThenNeverGoesAhead() {
        MoveRequest refused = planned(SETTLED, false).recordReview(BEFORE).recordIroInformed(BEFORE)
                .refuse(said("she is settled; support the placement instead"));
        assertThat(refused.isRefused()).isTrue();
        assertThat(refused.mayGoAhead()).isFalse();
        assertThat(refused.outstanding()).contains(DECISION_MAKER_APPROVAL);
    }

    @Test
    void aDecisionIsFinal() {
        MoveRequest refused = planned(SETTLED, false).refuse(said("no"));
        assertThatThrownBy(() -> refused.approve(said("yes"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already refused");
        assertThatThrownBy(() -> refused.recordChildWishes(said("wants to stay")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> refused.recordIroView(said("agrees"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMoveThatNeedsNoApprovalCannotBeDecided() {
        assertThatThrownBy(() -> planned(RECENT, false).approve(said("yes")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not need");
        assertThatThrownBy(() -> planned(RECENT, false).refuse(said("no")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOpenChallengeHoldsAnApprovedMoveUntilItIsAnswered() {
        MoveRequest challenged = approvedSettledMove().raiseChallenge(said("the child was not seen alone"));
        assertThat(challenged.hasOpenChallenge()).isTrue();
        assertThat(challenged.outstanding()).containsExactly(OPEN_CHALLENGE);
        assertThat(challenged.mayGoAhead()).isFalse();

        MoveRequest answered = challenged.answerChallenge(1, said("seen alone on 20 February; wishes unchanged"));
        assertThat(answered.hasOpenChallenge()).isFalse();
        assertThat(answered.challenges().get(0).answer().by()).isEqualTo("sam");
        assertThat(answered.mayGoAhead()).isTrue();
    }

    @Test
    void everyChallengeMustBeAnsweredAndOnlyOnce() {
        MoveRequest twice = planned(RECENT, false).recordReview(BEFORE).recordIroInformed(BEFORE)
                .raiseChallenge(said("first")).raiseChallenge(said("second")).answerChallenge(2, said("done"));
        assertThat(twice.mayGoAhead()).isFalse();
        assertThatThrownBy(() -> twice.answerChallenge(2, said("again"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> twice.answerChallenge(3, said("?"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(twice.answerChallenge(1, said("done too")).mayGoAhead()).isTrue();
    }

    @Test
    void aChallengeCannotBeAnsweredBeforeItWasRaised() {
        MoveRequest challenged = planned(RECENT, false).raiseChallenge(said("why now?"));
        assertThatThrownBy(() -> challenged.answerChallenge(1, new Statement("because", BEFORE.minusDays(1), "sam")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlannedMoveNeedsTheReviewAndTheIroToldOnOrBeforeTheMove() {
        MoveRequest request = planned(RECENT, false);
        assertThat(request.recordReview(MOVE).recordIroInformed(MOVE).mayGoAhead()).isTrue();
        assertThatThrownBy(() -> request.recordReview(MOVE.plusDays(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("on or before the planned move");
        assertThatThrownBy(() -> request.recordIroInformed(MOVE.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmergencyMoveGoesAheadAndItsReviewAndIroNoticeStayOutstanding() {
        MoveRequest emergency = MoveRequest.propose("m-1",
                MoveProposal.from(SETTLED, MOVE, MoveKind.EMERGENCY, ALLEG, true, "sam"));
        assertThat(emergency.mayGoAhead()).isTrue();
        assertThat(emergency.needsApproval()).isFalse();
        assertThat(emergency.outstanding()).containsExactly(STATUTORY_REVIEW, IRO_INFORMED);

        MoveRequest caughtUp = emergency.recordIroInformed(MOVE.plusDays(1)).recordReview(MOVE.plusDays(10));
        assertThat(caughtUp.outstanding()).isEmpty();
    }

    @Test
    void anEmergencyMoveIsNotHeldByAChallengeButTheChallengeStaysOutstanding() {
        MoveRequest emergency = MoveRequest.propose("m-1",
                MoveProposal.from(RECENT, MOVE, MoveKind.EMERGENCY, ALLEG, false, "sam")).raiseChallenge(said("why?"));
        assertThat(emergency.mayGoAhead()).isTrue();
        assertThat(emergency.outstanding()).containsExactly(STATUTORY_REVIEW, IRO_INFORMED, OPEN_CHALLENGE);
    }

    @Test
    void stepsLeaveTheEarlierRequestAsItWas() {
        MoveRequest request = planned(SETTLED, false);
        request.recordReview(BEFORE).recordChildWishes(said("wants to stay")).raiseChallenge(said("why?"));
        assertThat(request.reviewHeldOn()).isNull();
        assertThat(request.childWishes()).isNull();
        assertThat(request.challenges()).isEmpty();
    }

    private static MoveRequest approvedSettledMove() {
        return planned(SETTLED, false).recordReview(BEFORE).recordIroInformed(BEFORE)
                .recordChildWishes(said("happy to move with her sister")).recordIroView(said("agrees"))
                .approve(said("keeps the siblings together"));
    }

    private static MoveRequest planned(Placement from, boolean disruptsKeyStage4) {
        return MoveRequest.propose("m-1",
                MoveProposal.from(from, MOVE, MoveKind.PLANNED, CARPL, disruptsKeyStage4, "sam"));
    }

    private static Statement said(String text) {
        return new Statement(text, BEFORE, "sam");
    }
}
