package org.permanenceplatform.support.stability.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A flag that the family's stability is at risk.
 *
 * @param raisedBy the worker, or {@value #RULES} for a flag the stability rules raised
 * @param note     the worker's words, or what the rule saw
 */
public record RiskFlag(String id, RiskReason reason, LocalDate raised, String raisedBy, String note) {

    public static final String RULES = "rules";

    public RiskFlag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(raised, "raised");
    }
}
