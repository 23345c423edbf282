package org.permanenceplatform.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.permanenceplatform.outcomes.dataset.JourneyChanges;
import org.permanenceplatform.outcomes.dataset.JourneyStore;
import org.permanenceplatform.outcomes.indicator.domain.Cohort;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.Indicator;
import org.permanenceplatform.outcomes.indicator.domain.Journey;
import org.permanenceplatform.outcomes.indicator.domain.PeriodOfCare;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Changes the dataset between two requests as a live feed does: a child in care during the year timed, chosen at
 * random from every LA, is taken out of the store and put back, and outcomes-service is told of each change as
 * {@code NationalChildRecords} tells it. Each change drops what the figures kept for that child's LA, its region and
 * England, and makes a new edition of the figures of every indicator the child counts in, so the next request
 * publishes afresh: the cost of a request while events come in, rather than of one repeated over still data. For one
 * indicator, the child is drawn from those who count in it, so that every change touches its figures.
 */
final class LiveChanges {

    private final MongoCollection<Document> children;
    private final JourneyChanges changes;
    private final FinancialYear year;
    private final Map<String, Journey> journeys;
    private final List<String> keys;
    private final Map<String, List<String>> countedIn = new HashMap<>();
    private final Random random = new Random(20261202L);

    LiveChanges(MongoDatabase database, JourneyStore store, JourneyChanges changes, FinancialYear year) {
        this.children = database.getCollection("ncpd_children");
        this.changes = changes;
        this.year = year;
        this.journeys = store.journeysByChild().entrySet().stream()
                .filter(child -> inCareDuring(child.getValue(), year))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.keys = journeys.keySet().stream().sorted().toList();
        if (keys.isEmpty()) {
            throw new IllegalStateException("no child was in care during " + year);
        }
    }

    /**
     * One child of the year who counts in this indicator's figures for the year, taken out and put back; any child
     * of the year when none counts in it.
     */
    void next(Indicator indicator) {
        List<String> counted = counted(indicator);
        change(counted.isEmpty() ? keys : counted);
    }

    /** How many children of the year count in this indicator, of those a change is drawn from. */
    int countedIn(Indicator indicator) {
        return counted(indicator).size();
    }

    private List<String> counted(Indicator indicator) {
        return countedIn.computeIfAbsent(indicator.definition().id(), id -> keys.stream()
                .filter(key -> !indicator.compute(new Cohort(List.of(journeys.get(key)), LocalDate.now()), year,
                        Dimension.ENGLAND).rows().isEmpty())
                .toList());
    }

    /** How many children of the year a change is drawn from. */
    int children() {
        return keys.size();
    }

    /** One child of the year taken out and put back: two changes, both applied before this returns. */
    void next() {
        change(keys);
    }

    private void change(List<String> from) {
        String key = from.get(random.nextInt(from.size()));
        Document child = children.find(Filters.eq("_id", key)).first();
        if (child == null) {
            throw new IllegalStateException("the child " + key + " is no longer in the store");
        }
        children.deleteOne(Filters.eq("_id", key));
        changes.childChanged(key);
        children.insertOne(child);
        changes.childChanged(key);
    }

    private static boolean inCareDuring(Journey journey, FinancialYear year) {
        for (PeriodOfCare period : journey.periods()) {
            if (!period.entered().isAfter(year.lastDay())
                    && (period.ended() == null || !period.ended().isBefore(year.firstDay()))) {
                return true;
            }
        }
        return false;
    }
}
