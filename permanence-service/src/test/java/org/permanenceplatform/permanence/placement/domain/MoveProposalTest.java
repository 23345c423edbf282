package org.permanenceplatform.permanence.placement.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.permanence.reference.domain.PlacementType;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.permanenceplatform.permanence.reference.domain.ReasonForPlacementChange.CARPL;

class MoveProposalTest {

    static final LocalDate START = LocalDate.of(2023, 9, 4);
    static final LocalDate SECOND_ANNIVERSARY = LocalDate.of(2025, 9, 4);
    static final Placement PLACEMENT = Placements.open(PlacementType.U4, START);

    @Test
    void aPlannedMoveOnTheSecondAnniversaryNeedsApproval() {
        MoveProposal proposal = planned(SECOND_ANNIVERSARY, false);
        assertThat(proposal.fromSettledPlacement()).isTrue();
        assertThat(proposal.needsApproval()).isTrue();
    }

    @Test
    void aPlannedMoveOneDayBeforeTheSecondAnniversaryDoesNot() {
        MoveProposal proposal = planned(SECOND_ANNIVERSARY.minusDays(1), false);
        assertThat(proposal.fromSettledPlacement()).isFalse();
        assertThat(proposal.needsApproval()).isFalse();
    }

    @Test
    void aPlannedMoveThatDisruptsAKeyStage4PupilNeedsApprovalHoweverShortThePlacement() {
        assertThat(planned(START.plusMonths(3), true).needsApproval()).isTrue();
    }

    @Test
    void anEmergencyMoveNeverWaitsForApproval() {
        assertThat(MoveProposal.from(PLACEMENT, SECOND_ANNIVERSARY.plusYears(1), MoveKind.EMERGENCY, CARPL, true,
                "sam").needsApproval()).isFalse();
    }

    @Test
    void theProposalKeepsThePlacementItMovesFrom() {
        MoveProposal proposal = planned(SECOND_ANNIVERSARY, false);
        assertThat(proposal.placementId()).isEqualTo(PLACEMENT.id());
        assertThat(proposal.placementStartDate()).isEqualTo(START);
        assertThat(proposal.requestedBy()).isEqualTo("sam");
    }

    @Test
    void onlyAnOpenPlacementCanBeMovedFrom() {
        Placement ended = PLACEMENT.ended(START.plusYears(1), CARPL, EndKind.PLANNED_MOVE);
        assertThatThrownBy(() -> MoveProposal.from(ended, START.plusYears(2), MoveKind.PLANNED, CARPL, false, "sam"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already ended");
    }

    @Test
    void aTemporaryPlacementNeedsNoMoveRequest() {
        Placement respite = Placements.open(PlacementType.T3, START);
        assertThatThrownBy(() -> MoveProposal.from(respite, START.plusDays(5), MoveKind.PLANNED, CARPL, false, "sam"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temporary");
    }

    @Test
    void aMoveCannotBeProposedForBeforeThePlacementStarted() {
        assertThatThrownBy(() -> planned(START.minusDays(1), false)).isInstanceOf(IllegalArgumentException.class);
    }

    static MoveProposal planned(LocalDate on, boolean disruptsKeyStage4) {
        return MoveProposal.from(PLACEMENT, on, MoveKind.PLANNED, CARPL, disruptsKeyStage4, "sam");
    }
}
