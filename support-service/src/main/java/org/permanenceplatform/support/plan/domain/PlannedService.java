package org.permanenceplatform.support.plan.domain;

import org.permanenceplatform.support.rules.domain.RuleBroken;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A service in a support plan.
 *
 * @param requestId  the request it answers (its start stops that request's service-start clock), or null
 * @param end        the last day, or null while open-ended
 * @param weeklyCost pounds a week
 */
public record PlannedService(String id, String requestId, String provider, String description, LocalDate start,
                             LocalDate end, BigDecimal weeklyCost, FundingSource fundingSource) {

    public PlannedService {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(weeklyCost, "weeklyCost");
        Objects.requireNonNull(fundingSource, "fundingSource");
        if (end != null && end.isBefore(start)) {
            throw new RuleBroken("end", "must not be before the start (" + start + ")");
        }
        if (weeklyCost.signum() < 0 || weeklyCost.scale() > 2) {
            throw new RuleBroken("weeklyCost", "must be pounds and pence, zero or more");
        }
    }

    public boolean inPlaceOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }
}
