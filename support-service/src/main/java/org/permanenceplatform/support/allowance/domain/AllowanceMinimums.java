package org.permanenceplatform.support.allowance.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The configured national minimum a week for each kind of allowance (set each April from the published rates); a
 * kind without one is never reported as below it.
 */
public record AllowanceMinimums(Map<AllowanceKind, BigDecimal> weekly) {

    public AllowanceMinimums {
        weekly = weekly == null || weekly.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(weekly));
    }

    public Optional<BigDecimal> of(AllowanceKind kind) {
        return Optional.ofNullable(weekly.get(kind));
    }
}
