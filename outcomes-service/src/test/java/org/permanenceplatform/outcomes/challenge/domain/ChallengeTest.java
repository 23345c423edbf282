package org.permanenceplatform.outcomes.challenge.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChallengeTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-02");
    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    static Challenge raised(String target, Set<String> las, LocalDate due) {
        return Challenge.raised("c-1", ChallengeKind.CHALLENGE, "adoption_a10", target, "Somewhere", las,
                "E12000001", "2024-25", "Why is A10 up?", due, "regional_board@x", NOW, TODAY);
    }

    @Test
    void aChallengeCannotBeDueBeforeTheDayItIsRaised() {
        assertThatThrownBy(() -> raised("840", Set.of("840"), TODAY.minusDays(1)))
                .hasMessageContaining("past");
        assertThat(raised("840", Set.of("840"), TODAY).status()).isEqualTo(ChallengeStatus.OPEN);
    }

    @Test
    void itGoesFromOpenToAnsweredToClosedAndMayBeReopenedKeepingTheAnswer() {
        Challenge answered = raised("840", Set.of("840"), TODAY.plusDays(7)).answered("Two late orders", "tm@840",
                NOW.plusSeconds(60));
        assertThat(answered.status()).isEqualTo(ChallengeStatus.ANSWERED);
        assertThat(answered.version()).isEqualTo(2);
        Challenge closed = answered.closed("regional_board@x", NOW.plusSeconds(120));
        assertThat(closed.status()).isEqualTo(ChallengeStatus.CLOSED);
        assertThatThrownBy(() -> closed.answered("More", "tm@840", NOW)).hasMessageContaining("reopen");
        assertThatThrownBy(() -> closed.closed("regional_board@x", NOW)).hasMessageContaining("already closed");
        Challenge reopened = closed.reopened();
        assertThat(reopened.status()).isEqualTo(ChallengeStatus.OPEN);
        assertThat(reopened.answer().text()).isEqualTo("Two late orders");
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.version()).isEqualTo(4);
    }

    @Test
    void onlyAnOpenChallengePastItsDueDateIsOverdue() {
        Challenge open = raised("840", Set.of("840"), TODAY.plusDays(3));
        assertThat(open.overdueOn(TODAY.plusDays(3))).isFalse();
        assertThat(open.overdueOn(TODAY.plusDays(4))).isTrue();
        assertThat(open.answered("Done", "tm@840", NOW).overdueOn(TODAY.plusDays(4))).isFalse();
    }

    @Test
    void onlyAChallengeAgainstOneLaIsAddressedToIt() {
        assertThat(raised("840", Set.of("840"), TODAY).addressedTo("840")).isTrue();
        assertThat(raised("E12000001", Set.of("840", "841"), TODAY).addressedTo("840")).isFalse();
    }
}
