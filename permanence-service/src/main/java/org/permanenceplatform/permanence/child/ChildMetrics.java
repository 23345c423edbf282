package org.permanenceplatform.permanence.child;

import com.mongodb.MongoException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.permanenceplatform.permanence.child.store.ChildStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Business gauge {@code permanence_children_on_record{la}}: how many children each LA has on record, counted in the
 * store every minute (not on every scrape).
 */
@Component
class ChildMetrics {

    private static final Logger log = LoggerFactory.getLogger(ChildMetrics.class);

    private final ChildStore store;
    private final MultiGauge onRecord;

    ChildMetrics(ChildStore store, MeterRegistry meters) {
        this.store = store;
        this.onRecord = MultiGauge.builder("permanence.children.on.record")
                .description("Children on record, by local authority").register(meters);
    }

    @Scheduled(initialDelayString = "${platform.metrics.initial-delay:PT5S}",
            fixedDelayString = "${platform.metrics.refresh:PT1M}")
    void refresh() {
        try {
            List<MultiGauge.Row<?>> rows = store.countByLa().entrySet().stream()
                    .<MultiGauge.Row<?>>map(entry -> MultiGauge.Row.of(Tags.of("la", entry.getKey()), entry.getValue()))
                    .toList();
            onRecord.register(rows, true);
        } catch (MongoException e) {
            // Keep the last figures; readiness already reports the store as down.
            log.warn("Could not count children on record: {}", e.getMessage());
        }
    }
}
