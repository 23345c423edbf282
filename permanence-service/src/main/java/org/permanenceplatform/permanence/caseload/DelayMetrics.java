package org.permanenceplatform.permanence.caseload;

import com.mongodb.MongoException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.child.store.ChildStore;
import org.permanenceplatform.permanence.delay.DelayClocks;
import org.permanenceplatform.permanence.delay.domain.ChildDelay;
import org.permanenceplatform.permanence.delay.domain.DueClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Business gauges, worked out every minute from the records: {@code permanence_assessments_open{la,route,stage}}
 * (open assessments by route and the stage they are at) and {@code permanence_clocks_overdue{la,route,clock}}
 * (overdue clocks by route; the child's own clocks carry {@code route="none"}).
 */
@Component
class DelayMetrics {

    private static final Logger log = LoggerFactory.getLogger(DelayMetrics.class);

    private final ChildStore store;
    private final DelayClocks delay;
    private final Clock clock;
    private final MultiGauge openAssessments;
    private final MultiGauge overdueClocks;

    DelayMetrics(ChildStore store, DelayClocks delay, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.delay = delay;
        this.clock = clock;
        this.openAssessments = MultiGauge.builder("permanence.assessments.open")
                .description("Open permanence assessments, by LA, route and the stage they are at").register(meters);
        this.overdueClocks = MultiGauge.builder("permanence.clocks.overdue")
                .description("Overdue clocks (reviews, plans, proceedings, stages), by LA and route").register(meters);
    }

    @Scheduled(initialDelayString = "${platform.metrics.initial-delay:PT5S}",
            fixedDelayString = "${platform.metrics.refresh:PT1M}")
    void refresh() {
        LocalDate today = LocalDate.now(clock);
        Map<Tags, Long> open = new TreeMap<>(DelayMetrics::compare);
        Map<Tags, Long> overdue = new TreeMap<>(DelayMetrics::compare);
        try {
            store.forEach(child -> {
                ChildDelay childDelay = delay.of(child, today);
                for (Assessment assessment : child.record().assessments()) {
                    if (assessment.isOpen()) {
                        String stage = childDelay.clocks().stream()
                                .filter(due -> assessment.id().equals(due.assessmentId())).map(DueClock::stageKey)
                                .findFirst().orElse("none");
                        open.merge(Tags.of("la", child.laCode(), "route", route(assessment), "stage", stage), 1L,
                                Long::sum);
                    }
                }
                childDelay.clocks().stream().filter(DueClock::overdue).forEach(due -> overdue.merge(Tags.of(
                        "la", child.laCode(), "route", due.route() == null ? "none" : due.route().name(),
                        "clock", due.kind().name()), 1L, Long::sum));
            });
        } catch (MongoException e) {
            log.warn("Could not work out the delay metrics: {}", e.getMessage());
            return;
        }
        openAssessments.register(rows(open), true);
        overdueClocks.register(rows(overdue), true);
    }

    private static String route(Assessment assessment) {
        return assessment.type().route().map(Enum::name).orElse("ADOPTER_APPROVAL");
    }

    private static List<MultiGauge.Row<?>> rows(Map<Tags, Long> counts) {
        return counts.entrySet().stream()
                .<MultiGauge.Row<?>>map(entry -> MultiGauge.Row.of(entry.getKey(), entry.getValue())).toList();
    }

    private static int compare(Tags a, Tags b) {
        return a.toString().compareTo(b.toString());
    }
}
