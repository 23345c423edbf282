package org.permanenceplatform.outcomes.challenge.api;

import org.permanenceplatform.outcomes.challenge.domain.Challenge;
import org.permanenceplatform.outcomes.challenge.domain.ChallengeKind;
import org.permanenceplatform.outcomes.challenge.domain.ChallengeStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A challenge as the API answers it. The place it is against is {@code target} (not {@code laCode}): a challenge may
 * be against a grouping or England as well as an LA.
 *
 * @param raisedFor the board that raised it: its grouping's id, or England's code for the national board
 * @param overdue    still open after its due date
 * @param answerable whether the LA may answer it: addressed to one LA, and not closed
 */
record ChallengeView(String id, ChallengeKind kind, String indicator, String target, String targetName,
                     String raisedFor, String period, String text, LocalDate due, ChallengeStatus status,
                     boolean overdue, boolean answerable, String raisedBy, Instant raisedAt, AnswerView answer,
                     String closedBy, Instant closedAt, long version) {

    record AnswerView(String text, String by, Instant at) {
    }

    static ChallengeView of(Challenge challenge, LocalDate today) {
        Challenge.Answer answer = challenge.answer();
        return new ChallengeView(challenge.id(), challenge.kind(), challenge.indicator(), challenge.target(),
                challenge.targetName(), challenge.raisedFor(), challenge.period(), challenge.text(), challenge.due(),
                challenge.status(), challenge.overdueOn(today),
                challenge.addressedTo(challenge.target()) && challenge.status() != ChallengeStatus.CLOSED,
                challenge.raisedBy(), challenge.raisedAt(),
                answer == null ? null : new AnswerView(answer.text(), answer.by(), answer.at()),
                challenge.closedBy(), challenge.closedAt(), challenge.version());
    }
}
