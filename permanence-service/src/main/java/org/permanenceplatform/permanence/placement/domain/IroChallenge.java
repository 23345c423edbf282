package org.permanenceplatform.permanence.placement.domain;

import java.util.Objects;

/**
 * A challenge the IRO raised about a move. The IRO cannot approve or veto a move by law; the platform's policy is
 * that a planned move does not go ahead while a challenge is unanswered, so that the answer is on the record first.
 *
 * @param number the challenge's place among those raised on the same move request, from 1
 * @param answer null while the challenge is open
 */
public record IroChallenge(int number, Statement challenge, Statement answer) {

    public IroChallenge {
        Objects.requireNonNull(challenge, "challenge");
        if (number < 1) {
            throw new IllegalArgumentException("challenges are numbered from 1");
        }
        if (answer != null && answer.on().isBefore(challenge.on())) {
            throw new IllegalArgumentException("a challenge cannot be answered before it was raised");
        }
    }

    public boolean isOpen() {
        return answer == null;
    }

    /** @throws IllegalStateException when the challenge has been answered already */
    public IroChallenge answered(Statement answer) {
        Objects.requireNonNull(answer, "answer");
        if (!isOpen()) {
            throw new IllegalStateException("challenge " + number + " was answered on " + this.answer.on());
        }
        return new IroChallenge(number, challenge, answer);
    }
}
