package org.permanenceplatform.outcomes.challenge.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A challenge or action a board records against an indicator for an LA, a board grouping or England, and the LA's
 * answer. Aggregate figures only are discussed: it names places and indicators, never a child.
 *
 * @param target     the LA's 3-digit code, the grouping's id (a region's ONS code or a configured grouping) or
 *                   England's code
 * @param targetLas  the LAs the target covers: who may see it
 * @param raisedFor  the board that raised it: its grouping's id, or England's code for the national board
 * @param period     the financial year of the figure, {@code 2024-25}
 * @param version    1 when raised, one more with each change; a change made from an older version is refused
 */
public record Challenge(String id, ChallengeKind kind, String indicator, String target, String targetName,
                        Set<String> targetLas, String raisedFor, String period, String text, LocalDate due,
                        ChallengeStatus status, String raisedBy, Instant raisedAt, Answer answer, String closedBy,
                        Instant closedAt, long version) {

    /** The LA's answer: what it said, who said it and when. */
    public record Answer(String text, String by, Instant at) {

        public Answer {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    public Challenge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(due, "due");
        targetLas = Set.copyOf(targetLas);
    }

    /** A new challenge, open, at version 1; due today at the earliest. */
    public static Challenge raised(String id, ChallengeKind kind, String indicator, String target, String targetName,
                                   Set<String> targetLas, String raisedFor, String period, String text,
                                   LocalDate due, String raisedBy, Instant raisedAt, LocalDate today) {
        if (due.isBefore(today)) {
            throw new IllegalArgumentException("must not be in the past");
        }
        return new Challenge(id, kind, indicator, target, targetName, targetLas, raisedFor, period, text, due,
                ChallengeStatus.OPEN, raisedBy, raisedAt, null, null, null, 1);
    }

    /** Addressed to one LA (rather than a grouping or England): only then does an LA answer it. */
    public boolean addressedTo(String la) {
        return target.equals(la) && targetLas.equals(Set.of(la));
    }

    /** The LA answers, or adds to its answer while the board has not closed it. */
    public Challenge answered(String text, String by, Instant at) {
        if (status == ChallengeStatus.CLOSED) {
            throw new IllegalStateException("is closed: the board must reopen it before it can be answered again");
        }
        return new Challenge(id, kind, indicator, target, targetName, targetLas, raisedFor, period, this.text, due,
                ChallengeStatus.ANSWERED, raisedBy, raisedAt, new Answer(text, by, at), null, null, version + 1);
    }

    public Challenge closed(String by, Instant at) {
        if (status == ChallengeStatus.CLOSED) {
            throw new IllegalStateException("is already closed");
        }
        return new Challenge(id, kind, indicator, target, targetName, targetLas, raisedFor, period, text, due,
                ChallengeStatus.CLOSED, raisedBy, raisedAt, answer, by, at, version + 1);
    }

    /** Back to open, keeping the last answer for the record, when the board is not satisfied. */
    public Challenge reopened() {
        if (status == ChallengeStatus.OPEN) {
            throw new IllegalStateException("is already open");
        }
        return new Challenge(id, kind, indicator, target, targetName, targetLas, raisedFor, period, text, due,
                ChallengeStatus.OPEN, raisedBy, raisedAt, answer, null, null, version + 1);
    }

    /** Past its due date and still waiting for the LA (open); answered and closed ones wait for no one. */
    public boolean overdueOn(LocalDate today) {
        return status == ChallengeStatus.OPEN && today.isAfter(due);
    }
}
