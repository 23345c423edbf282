package org.permanenceplatform.support.queue;

import com.mongodb.MongoException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.permanenceplatform.support.queue.domain.QueueItem;
import org.permanenceplatform.support.request.domain.ClockStatus;
import org.permanenceplatform.support.request.domain.RequestClock;
import org.permanenceplatform.support.request.domain.SupportStandards;
import org.permanenceplatform.support.supportcase.domain.SupportCase;
import org.permanenceplatform.support.supportcase.store.SupportCaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * Business gauges, worked out from the store every minute (not on every scrape): {@code support_requests_open{la,
 * category}} (requests waiting for a service) and {@code support_clocks_overdue{la,clock}}.
 */
@Component
class SupportMetrics {

    private static final Logger log = LoggerFactory.getLogger(SupportMetrics.class);

    private final SupportCaseStore store;
    private final SupportStandards standards;
    private final Clock clock;
    private final MultiGauge open;
    private final MultiGauge overdue;

    SupportMetrics(SupportCaseStore store, SupportStandards standards, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.standards = standards;
        this.clock = clock;
        this.open = MultiGauge.builder("support.requests.open")
                .description("Support requests waiting for a service, by LA and category").register(meters);
        this.overdue = MultiGauge.builder("support.clocks.overdue")
                .description("Clocks of waiting support requests past their standard, by LA and clock")
                .register(meters);
    }

    @Scheduled(initialDelayString = "${platform.metrics.initial-delay:PT5S}",
            fixedDelayString = "${platform.metrics.refresh:PT1M}")
    void refresh() {
        try {
            LocalDate today = LocalDate.now(clock);
            Map<Tags, Integer> openCounts = new LinkedHashMap<>();
            Map<Tags, Integer> overdueCounts = new LinkedHashMap<>();
            store.forEach(supportCase -> count(supportCase, today, openCounts, overdueCounts));
            open.register(rows(openCounts), true);
            overdue.register(rows(overdueCounts), true);
        } catch (MongoException e) {
            // Keep the last figures; readiness already reports the store as down.
            log.warn("Could not count support requests: {}", e.getMessage());
        }
    }

    private void count(SupportCase supportCase, LocalDate today, Map<Tags, Integer> open,
                       Map<Tags, Integer> overdue) {
        for (QueueItem item : QueueItem.queue(List.of(supportCase), standards, today)) {
            open.merge(Tags.of("la", supportCase.la(), "category", item.category().name()), 1, Integer::sum);
            for (RequestClock requestClock : item.clocks()) {
                if (requestClock.status() == ClockStatus.OVERDUE) {
                    overdue.merge(Tags.of("la", supportCase.la(), "clock", requestClock.kind().name()), 1,
                            Integer::sum);
                }
            }
        }
    }

    private static List<MultiGauge.Row<?>> rows(Map<Tags, Integer> counts) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((tags, count) -> rows.add(MultiGauge.Row.of(tags, count)));
        return rows;
    }
}
