package org.permanenceplatform.permanence.clock.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewScheduleTest {

    static final ReviewSchedule REVIEWS = ReviewSchedule.englandAndWales();

    @Test
    void firstReviewIsTheTwentiethWorkingDayAfterBecomingLookedAfter() {
        // Monday 3 June 2024: 4 days that week, then 5 + 5 + 5, then Monday 1 July is the 20th.
        assertThat(REVIEWS.firstReviewDue(of(2024, 6, 3))).isEqualTo(of(2024, 7, 1));
    }

    @Test
    void firstReviewSkipsChristmasBoxingDayAndNewYear() {
        // Friday 15 December 2023: 25 and 26 December and 1 January are bank holidays, so 17 January not 12.
        assertThat(REVIEWS.firstReviewDue(of(2023, 12, 15))).isEqualTo(of(2024, 1, 17));
    }

    @Test
    void firstReviewSkipsTheEasterBankHolidays() {
        // Friday 15 March 2024: Good Friday 29 March and Easter Monday 1 April are skipped.
        assertThat(REVIEWS.firstReviewDue(of(2024, 3, 15))).isEqualTo(of(2024, 4, 16));
    }

    @Test
    void firstReviewSkipsTheCoronationAndTheOtherMayBankHolidays() {
        // Friday 28 April 2023: 1 May, 8 May (the coronation) and 29 May are skipped.
        assertThat(REVIEWS.firstReviewDue(of(2023, 4, 28))).isEqualTo(of(2023, 5, 31));
    }

    @Test
    void withNoReviewHeldTheNextIsTheFirst() {
        assertThat(REVIEWS.nextReviewDue(of(2024, 3, 15), List.of())).isEqualTo(of(2024, 4, 16));
    }

    @Test
    void secondReviewIsDueThreeMonthsAfterTheFirstWasHeldEvenWhenTheFirstWasLate() {
        assertThat(REVIEWS.nextReviewDue(of(2024, 3, 15), List.of(of(2024, 4, 22)))).isEqualTo(of(2024, 7, 22));
    }

    @Test
    void threeMonthsFromTheLastDayOfNovemberEndsOnTheLastDayOfFebruary() {
        assertThat(REVIEWS.nextReviewDue(of(2023, 10, 30), List.of(of(2023, 11, 30)))).isEqualTo(of(2024, 2, 29));
    }

    @Test
    void laterReviewsAreDueSixMonthsAfterTheLastOneHeld() {
        assertThat(REVIEWS.nextReviewDue(of(2024, 3, 15), List.of(of(2024, 4, 10), of(2024, 7, 8))))
                .isEqualTo(of(2025, 1, 8));
        assertThat(REVIEWS.nextReviewDue(of(2024, 3, 15), List.of(of(2024, 4, 10), of(2024, 7, 8), of(2024, 12, 2))))
                .isEqualTo(of(2025, 6, 2));
    }

    @Test
    void planIsRequiredByTheSecondReviewDueDateWhenNoReviewIsHeld() {
        // first due 16 April 2024, so the second would be due 16 July 2024
        assertThat(REVIEWS.planRequiredBy(of(2024, 3, 15), List.of())).isEqualTo(of(2024, 7, 16));
        assertThat(REVIEWS.secondReviewDue(of(2024, 3, 15), List.of())).isEqualTo(of(2024, 7, 16));
    }

    @Test
    void planIsRequiredThreeMonthsAfterTheFirstReviewHeld() {
        assertThat(REVIEWS.planRequiredBy(of(2024, 3, 15), List.of(of(2024, 4, 10)))).isEqualTo(of(2024, 7, 10));
    }

    @Test
    void onceTheSecondReviewIsHeldThePlanWasRequiredOnThatDay() {
        assertThat(REVIEWS.planRequiredBy(of(2024, 3, 15), List.of(of(2024, 4, 10), of(2024, 6, 20))))
                .as("brought forward").isEqualTo(of(2024, 6, 20));
        assertThat(REVIEWS.planRequiredBy(of(2024, 3, 15), List.of(of(2024, 4, 10), of(2024, 7, 25), of(2025, 1, 6))))
                .as("held late, and later reviews do not move it").isEqualTo(of(2024, 7, 25));
    }

    @Test
    void reviewsOutOfOrderOrBeforeTheChildBecameLookedAfterAreRefused() {
        assertThatThrownBy(() -> REVIEWS.nextReviewDue(of(2024, 3, 15), List.of(of(2024, 7, 8), of(2024, 4, 10))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date order");
        assertThatThrownBy(() -> REVIEWS.planRequiredBy(of(2024, 3, 15), List.of(of(2024, 3, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-03-15");
    }
}
