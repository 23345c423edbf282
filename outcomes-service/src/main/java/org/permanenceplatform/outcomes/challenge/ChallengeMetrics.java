package org.permanenceplatform.outcomes.challenge;

import com.mongodb.MongoException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.permanenceplatform.outcomes.challenge.domain.ChallengeStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Business gauges of the board challenge log, worked out from the store every minute (not on every scrape):
 * {@code outcomes_challenges_open{target,kind}} (waiting for the LA's answer) and
 * {@code outcomes_challenges_overdue{target,kind}} (waiting past their due date).
 */
@Component
class ChallengeMetrics {

    private static final Logger log = LoggerFactory.getLogger(ChallengeMetrics.class);

    private final ChallengeStore store;
    private final Clock clock;
    private final MultiGauge open;
    private final MultiGauge overdue;

    ChallengeMetrics(ChallengeStore store, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.clock = clock;
        this.open = MultiGauge.builder("outcomes.challenges.open")
                .description("Board challenges and actions waiting for the LA's answer, by place and kind")
                .register(meters);
        this.overdue = MultiGauge.builder("outcomes.challenges.overdue")
                .description("Board challenges and actions still open after their due date, by place and kind")
                .register(meters);
    }

    @Scheduled(initialDelayString = "${platform.metrics.initial-delay:PT5S}",
            fixedDelayString = "${platform.metrics.refresh:PT1M}")
    void refresh() {
        try {
            LocalDate today = LocalDate.now(clock);
            Map<Tags, Integer> openCounts = new LinkedHashMap<>();
            Map<Tags, Integer> overdueCounts = new LinkedHashMap<>();
            store.forEach(challenge -> {
                if (challenge.status() == ChallengeStatus.OPEN) {
                    Tags tags = Tags.of("target", challenge.target(), "kind", challenge.kind().name());
                    openCounts.merge(tags, 1, Integer::sum);
                    if (challenge.overdueOn(today)) {
                        overdueCounts.merge(tags, 1, Integer::sum);
                    }
                }
            });
            open.register(rows(openCounts), true);
            overdue.register(rows(overdueCounts), true);
        } catch (MongoException e) {
            // Keep the last figures; readiness already reports the store as down.
            log.warn("Could not count board challenges: {}", e.getMessage());
        }
    }

    private static List<MultiGauge.Row<?>> rows(Map<Tags, Integer> counts) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((tags, count) -> rows.add(MultiGauge.Row.of(tags, count)));
        return rows;
    }
}
