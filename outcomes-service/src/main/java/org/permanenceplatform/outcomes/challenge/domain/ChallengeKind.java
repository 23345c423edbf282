package org.permanenceplatform.outcomes.challenge.domain;

/** What a board asks of an LA: to explain a figure (a challenge), or to do something about it (an action). */
public enum ChallengeKind {
    CHALLENGE,
    ACTION
}
