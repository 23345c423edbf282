package org.permanenceplatform.outcomes.figures;

import org.permanenceplatform.outcomes.dataset.JourneyChanges;
import org.permanenceplatform.outcomes.dataset.JourneyStore;
import org.permanenceplatform.outcomes.figures.domain.PartialFigures;
import org.permanenceplatform.outcomes.indicator.domain.Cohort;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.Indicator;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;
import org.permanenceplatform.outcomes.indicator.domain.Journey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pre-aggregated figures (ADR 015): per indicator and financial year, {@link PartialFigures} built from the
 * dataset's journeys, so that a figures request merges tallies rather than reading and computing every journey.
 * The journeys are read once when the service starts (and the current and previous years' figures built); each
 * child's change, as {@code NationalChildRecords} stores it, takes the child's old journey out of every tally and
 * puts its new one in. Figures depend on the day the data stands at (follow-ups end, children wait longer), so a
 * new day drops the tallies, which are built again from the journeys held here as they are asked for.
 */
@Component
public class PreAggregatedFigures implements JourneyChanges {

    private static final Logger log = LoggerFactory.getLogger(PreAggregatedFigures.class);

    private record Key(Indicator indicator, FinancialYear year) {
    }

    private final IndicatorCatalogue catalogue;
    private final JourneyStore store;
    private final Clock clock;
    private Map<String, Journey> journeys;
    private LocalDate asOf;
    private final Map<Key, PartialFigures> tallies = new HashMap<>();

    PreAggregatedFigures(IndicatorCatalogue catalogue, JourneyStore store, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Reads the journeys and builds this year's and last year's figures of every indicator. A store that cannot be
     * read now leaves the building to the first request, which reads it again.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuild() {
        synchronized (this) {
            journeys = null;
            tallies.clear();
        }
        FinancialYear current = FinancialYear.containing(LocalDate.now(clock));
        try {
            for (Indicator indicator : catalogue.indicators()) {
                for (FinancialYear year : List.of(current, current.minus(1))) {
                    read(indicator, year, partial -> partial);
                }
            }
            log.info("Pre-aggregated figures built from {} journeys", journeysHeld());
        } catch (RuntimeException e) {
            log.warn("Pre-aggregated figures not built at start; the first request will build them", e);
        }
    }

    /** Reads an indicator's figures for a year, building them first if need be; no change comes in meanwhile. */
    public synchronized <T> T read(Indicator indicator, FinancialYear year, Function<PartialFigures, T> reading) {
        LocalDate today = LocalDate.now(clock);
        if (journeys == null) {
            journeys = store.journeysByChild();
        }
        if (!today.equals(asOf)) {
            tallies.clear();
            asOf = today;
        }
        PartialFigures partial = tallies.computeIfAbsent(new Key(indicator, year),
                key -> PartialFigures.of(indicator, new Cohort(List.copyOf(journeys.values()), today), year));
        return reading.apply(partial);
    }

    @Override
    public synchronized void childChanged(String childKey) {
        if (journeys == null) {
            return; // not read yet: the first read takes in this change with the rest
        }
        Journey before = journeys.get(childKey);
        Optional<Journey> after = store.journeyOf(childKey);
        if (Objects.equals(before, after.orElse(null))) {
            return;
        }
        tallies.forEach((key, partial) -> {
            if (before != null) {
                partial.add(new Cohort(List.of(before), asOf), -1);
            }
            after.ifPresent(journey -> partial.add(new Cohort(List.of(journey), asOf), 1));
        });
        after.ifPresentOrElse(journey -> journeys.put(childKey, journey), () -> journeys.remove(childKey));
    }

    private synchronized int journeysHeld() {
        return journeys == null ? 0 : journeys.size();
    }
}
