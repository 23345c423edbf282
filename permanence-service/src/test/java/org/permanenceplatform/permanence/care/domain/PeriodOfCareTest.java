package org.permanenceplatform.permanence.care.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.permanenceplatform.permanence.reference.domain.LegalStatus.C1;
import static org.permanenceplatform.permanence.reference.domain.LegalStatus.C2;
import static org.permanenceplatform.permanence.reference.domain.LegalStatus.E1;
import static org.permanenceplatform.permanence.reference.domain.LegalStatus.V2;
import static org.permanenceplatform.permanence.reference.domain.ReasonEpisodeCeased.E4A;
import static org.permanenceplatform.permanence.reference.domain.ReasonEpisodeCeased.X1;

class PeriodOfCareTest {

    static final LocalDate ENTERED = LocalDate.of(2025, 6, 2);

    @Test
    void theLegalStatusInForceIsTheLatestOnOrBeforeTheDate() {
        PeriodOfCare period = PeriodOfCare.start("p1", ENTERED, C1, null)
                .withStatus(LocalDate.of(2025, 11, 20), C2)
                .withStatus(LocalDate.of(2026, 3, 9), E1);

        assertThat(period.statusOn(ENTERED)).contains(C1);
        assertThat(period.statusOn(LocalDate.of(2025, 11, 19))).contains(C1);
        assertThat(period.statusOn(LocalDate.of(2025, 11, 20))).contains(C2);
        assertThat(period.statusOn(LocalDate.of(2026, 6, 1))).contains(E1);
        assertThat(period.statusOn(ENTERED.minusDays(1))).isEmpty();
        assertThat(period.currentStatus()).isEqualTo(E1);
    }

    @Test
    void anEndedPeriodNoLongerCoversItsLastDayAndRefusesChanges() {
        PeriodOfCare ended = PeriodOfCare.start("p1", ENTERED, V2, null).end(LocalDate.of(2025, 9, 1), E4A);

        assertThat(ended.covers(LocalDate.of(2025, 8, 31))).isTrue();
        assertThat(ended.covers(LocalDate.of(2025, 9, 1))).isFalse();
        assertThatThrownBy(() -> ended.withReviewHeld(LocalDate.of(2025, 8, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ended on 2025-09-01");
    }

    @Test
    void aLegalStatusChangeMustMoveForwardAndChangeSomething() {
        PeriodOfCare period = PeriodOfCare.start("p1", ENTERED, C1, null);

        assertThatThrownBy(() -> period.withStatus(ENTERED, C2)).hasMessageContaining("after 2025-06-02");
        assertThatThrownBy(() -> period.withStatus(ENTERED.plusDays(3), C1)).hasMessageContaining("already C1");
    }

    @Test
    void continuingCareIsNotAnEndOfThePeriod() {
        assertThatThrownBy(() -> PeriodOfCare.start("p1", ENTERED, C1, null).end(ENTERED.plusDays(10), X1))
                .hasMessageContaining("X1");
    }

    @Test
    void aReEntryStartsANewPeriodLinkedToTheEarlierPermanence() {
        CareHistory history = CareHistory.NONE.begin(PeriodOfCare.start("p1", ENTERED, C2, null));
        assertThatThrownBy(() -> history.begin(PeriodOfCare.start("p2", ENTERED.plusYears(1), V2, null)))
                .hasMessageContaining("already in care");

        CareHistory left = history.changeOpen(period -> period.end(LocalDate.of(2026, 2, 1), E4A));
        assertThatThrownBy(() -> left.begin(PeriodOfCare.start("p2", LocalDate.of(2026, 1, 31), V2, null)))
                .hasMessageContaining("before the last one ended");

        CareHistory back = left.begin(PeriodOfCare.start("p2", LocalDate.of(2026, 2, 1), V2, "perm-1"));
        assertThat(back.open()).get().extracting(PeriodOfCare::previousPermanenceId).isEqualTo("perm-1");
        assertThat(back.on(LocalDate.of(2025, 12, 25))).get().extracting(PeriodOfCare::id).isEqualTo("p1");
        assertThat(back.periods()).hasSize(2);
    }

    @Test
    void reviewsAreKeptInDateOrderAndOnlyOncePerDay() {
        PeriodOfCare period = PeriodOfCare.start("p1", ENTERED, C1, null)
                .withReviewHeld(LocalDate.of(2025, 9, 20))
                .withReviewHeld(LocalDate.of(2025, 6, 27));

        assertThat(period.reviewsHeld()).containsExactly(LocalDate.of(2025, 6, 27), LocalDate.of(2025, 9, 20));
        assertThatThrownBy(() -> period.withReviewHeld(LocalDate.of(2025, 6, 27))).hasMessageContaining("already");
        assertThatThrownBy(() -> period.withReviewHeld(ENTERED.minusDays(1))).hasMessageContaining("before");
    }
}
