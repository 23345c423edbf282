package org.permanenceplatform.support.stability.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The permanence broke down: the child no longer lives with the family (indicator 9, breakdown_rate).
 *
 * @param cameBackIntoCare whether the child came back into care (indicator 10, re_entry_12_months)
 */
public record Breakdown(String id, LocalDate date, boolean cameBackIntoCare, String note, String recordedBy) {

    public Breakdown {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
    }
}
