package org.permanenceplatform.permanence.care.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A child's periods of care, oldest first. At most one is open, and a new one starts only once the last has ended
 * (on or after the day it ended: the same day is a re-entry, not an overlap).
 */
public record CareHistory(List<PeriodOfCare> periods) {

    public static final CareHistory NONE = new CareHistory(List.of());

    public CareHistory {
        periods = List.copyOf(periods);
    }

    public Optional<PeriodOfCare> open() {
        return latest().filter(PeriodOfCare::isOpen);
    }

    public Optional<PeriodOfCare> latest() {
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
    }

    public Optional<PeriodOfCare> find(String periodId) {
        return periods.stream().filter(period -> period.id().equals(periodId)).findFirst();
    }

    /** The period the child was in care under on a date, if any. */
    public Optional<PeriodOfCare> on(LocalDate date) {
        return periods.stream().filter(period -> period.covers(date)).findFirst();
    }

    public CareHistory begin(PeriodOfCare period) {
        latest().ifPresent(last -> {
            if (last.isOpen()) {
                throw new IllegalStateException("the child is already in care (since " + last.started()
                        + "); end that period first");
            }
            if (period.started().isBefore(last.ended())) {
                throw new IllegalArgumentException("a new period cannot start before the last one ended ("
                        + last.ended() + ")");
            }
        });
        List<PeriodOfCare> next = new ArrayList<>(periods);
        next.add(period);
        return new CareHistory(next);
    }

    /** The history with the open period changed by {@code change}. */
    public CareHistory changeOpen(UnaryOperator<PeriodOfCare> change) {
        PeriodOfCare open = open().orElseThrow(() -> new IllegalStateException("the child is not in care"));
        List<PeriodOfCare> next = new ArrayList<>(periods);
        next.set(next.size() - 1, change.apply(open));
        return new CareHistory(next);
    }
}
