package org.permanenceplatform.permanence.assessment.domain;

import org.permanenceplatform.permanence.clock.domain.Timescale;

import java.util.Objects;

/**
 * A stage that the law does not allow before a wait after an earlier stage: the adopters may apply for an adoption
 * order only once the child has lived with them for 10 weeks (Adoption and Children Act 2002 s42).
 *
 * @param stageKey the earlier stage whose completion starts the wait
 * @param interval how long after that completion the stage may be completed at the earliest
 */
public record EarliestAfter(String stageKey, Timescale interval) {

    public EarliestAfter {
        Objects.requireNonNull(stageKey, "stageKey");
        Objects.requireNonNull(interval, "interval");
    }

    @Override
    public String toString() {
        return "not before " + interval + " after " + stageKey;
    }
}
