package org.permanenceplatform.permanence.placement.domain;

import java.util.Objects;

/**
 * The decision maker's approval or refusal of a move that needs one, with the reasons for it. A decision is final:
 * a refused move that is proposed again is a new request, so the record shows both decisions.
 */
public record MoveDecision(boolean approved, Statement reasons) {

    public MoveDecision {
        Objects.requireNonNull(reasons, "reasons");
    }
}
