package org.permanenceplatform.permanence.care.domain;

import org.permanenceplatform.permanence.reference.domain.LegalStatus;

import java.time.LocalDate;
import java.util.Objects;

/** A legal status (DfE code) in force from a date until the next one in the same period of care. */
public record LegalStatusSpell(LocalDate from, LegalStatus status) {

    public LegalStatusSpell {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(status, "status");
    }
}
