package org.permanenceplatform.support.queue.domain;

import org.permanenceplatform.support.request.domain.Category;
import org.permanenceplatform.support.request.domain.ClockKind;
import org.permanenceplatform.support.request.domain.ClockStatus;
import org.permanenceplatform.support.request.domain.RequestClock;
import org.permanenceplatform.support.supportcase.domain.SupportCase;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An LA's post-permanence support in counts (no family named): open cases, requests waiting by category and by how
 * long, clocks overdue and due soon, open risk flags, breakdowns in the last year and allowances below the minimum.
 *
 * @param waitingByAge requests waiting, by age band of days since received ("0-7", "8-28", "29-90", "91+")
 */
public record SupportDashboard(int cases, int waitingRequests, Map<Category, Integer> waitingByCategory,
                               Map<String, Integer> waitingByAge, Map<ClockKind, Integer> overdue,
                               Map<ClockKind, Integer> dueSoon, int riskFlags, int breakdownsInLastYear,
                               int allowancesBelowMinimum, LocalDate asOf) {

    static final List<String> AGE_BANDS = List.of("0-7", "8-28", "29-90", "91+");

    public static SupportDashboard of(List<SupportCase> cases, List<QueueItem> queue, int allowancesBelowMinimum,
                                      LocalDate today) {
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        Map<String, Integer> byAge = new java.util.LinkedHashMap<>();
        AGE_BANDS.forEach(band -> byAge.put(band, 0));
        Map<ClockKind, Integer> overdue = zeros();
        Map<ClockKind, Integer> dueSoon = zeros();
        for (QueueItem item : queue) {
            byCategory.merge(item.category(), 1, Integer::sum);
            byAge.merge(ageBand(item.waitingDays()), 1, Integer::sum);
            for (RequestClock clock : item.clocks()) {
                if (clock.status() == ClockStatus.OVERDUE) {
                    overdue.merge(clock.kind(), 1, Integer::sum);
                } else if (clock.status() == ClockStatus.DUE_SOON) {
                    dueSoon.merge(clock.kind(), 1, Integer::sum);
                }
            }
        }
        int flags = cases.stream().mapToInt(c -> c.record().riskFlags().size()).sum();
        int breakdowns = (int) cases.stream().flatMap(c -> c.record().breakdowns().stream())
                .filter(breakdown -> breakdown.date().isAfter(today.minusYears(1))).count();
        return new SupportDashboard(cases.size(), queue.size(), byCategory, byAge, overdue, dueSoon, flags,
                breakdowns, allowancesBelowMinimum, today);
    }

    static String ageBand(long days) {
        return days <= 7 ? "0-7" : days <= 28 ? "8-28" : days <= 90 ? "29-90" : "91+";
    }

    private static Map<ClockKind, Integer> zeros() {
        Map<ClockKind, Integer> counts = new EnumMap<>(ClockKind.class);
        for (ClockKind kind : ClockKind.values()) {
            counts.put(kind, 0);
        }
        return counts;
    }
}
