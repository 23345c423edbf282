package org.permanenceplatform.outcomes.challenge.domain;

/** Open until the LA answers; answered until the board closes it; a board may reopen an answered or closed one. */
public enum ChallengeStatus {
    OPEN,
    ANSWERED,
    CLOSED
}
