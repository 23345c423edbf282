package org.permanenceplatform.permanence.adopter;

import com.mongodb.MongoException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.permanenceplatform.permanence.adopter.store.AdopterStore;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplate;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.permanenceplatform.permanence.assessment.domain.AssessmentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Business gauges of prospective adopters' approval, worked out every minute from the households:
 * {@code permanence_adopter_assessments_open{la,stage}} (open approval assessments by the stage they are at) and
 * {@code permanence_adopter_assessments_overdue{la,stage}} (those of them with an overdue stage).
 */
@Component
class ApprovalMetrics {

    private static final Logger log = LoggerFactory.getLogger(ApprovalMetrics.class);

    private final AdopterStore store;
    private final AssessmentTemplate template;
    private final Clock clock;
    private final MultiGauge open;
    private final MultiGauge overdue;

    ApprovalMetrics(AdopterStore store, AssessmentTemplates templates, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.template = templates.of(AssessmentType.ADOPTER_APPROVAL);
        this.clock = clock;
        this.open = MultiGauge.builder("permanence.adopter.assessments.open")
                .description("Open prospective adopters' approval assessments, by LA and stage").register(meters);
        this.overdue = MultiGauge.builder("permanence.adopter.assessments.overdue")
                .description("Open approval assessments with an overdue stage, by LA and stage").register(meters);
    }

    @Scheduled(initialDelayString = "${platform.metrics.initial-delay:PT5S}",
            fixedDelayString = "${platform.metrics.refresh:PT1M}")
    void refresh() {
        LocalDate today = LocalDate.now(clock);
        Map<AtStage, Long> openCounts = new TreeMap<>(AtStage.ORDER);
        Map<AtStage, Long> overdueCounts = new TreeMap<>(AtStage.ORDER);
        try {
            store.forEach(household -> household.currentStage().ifPresent(stage -> {
                AtStage key = new AtStage(household.laCode(), stage);
                openCounts.merge(key, 1L, Long::sum);
                if (household.overdue(template, today)) {
                    overdueCounts.merge(key, 1L, Long::sum);
                }
            }));
        } catch (MongoException e) {
            log.warn("Could not work out the adopter approval metrics: {}", e.getMessage());
            return;
        }
        open.register(rows(openCounts), true);
        overdue.register(rows(overdueCounts), true);
    }

    /** One gauge row: an LA and a stage. */
    private record AtStage(String la, String stage) {
        static final Comparator<AtStage> ORDER = Comparator.comparing(AtStage::la).thenComparing(AtStage::stage);
    }

    private static List<MultiGauge.Row<?>> rows(Map<AtStage, Long> counts) {
        return counts.entrySet().stream().<MultiGauge.Row<?>>map(entry -> MultiGauge.Row.of(
                Tags.of("la", entry.getKey().la(), "stage", entry.getKey().stage()), entry.getValue())).toList();
    }
}
