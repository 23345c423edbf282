package org.permanenceplatform.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.permanenceplatform.outcomes.dataset.JourneyChanges;
import org.permanenceplatform.outcomes.dataset.JourneyStore;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.Journey;
import org.permanenceplatform.outcomes.indicator.domain.PeriodOfCare;

import java.util.List;
import java.util.Random;

/**
 * Changes the dataset between two requests as a live feed does: a child in care during the year timed, chosen at
 * random from every LA, is taken out of the store and put back, and outcomes-service is told of each change as
 * {@code NationalChildRecords} tells it. Each change drops what the figures kept for that child's LA, its region and
 * England, and makes a new edition of every indicator's figures for the year, so the next request publishes afresh:
 * the cost of a request while events come in, rather than of one repeated over still data.
 */
final class LiveChanges {

    private final MongoCollection<Document> children;
    private final JourneyChanges changes;
    private final List<String> keys;
    private final Random random = new Random(20261202L);

    LiveChanges(MongoDatabase database, JourneyStore store, JourneyChanges changes, FinancialYear year) {
        this.children = database.getCollection("ncpd_children");
        this.changes = changes;
        this.keys = store.journeysByChild().entrySet().stream()
                .filter(child -> inCareDuring(child.getValue(), year))
                .map(java.util.Map.Entry::getKey).sorted().toList();
        if (keys.isEmpty()) {
            throw new IllegalStateException("no child was in care during " + year);
        }
    }

    /** How many children of the year a change is drawn from. */
    int children() {
        return keys.size();
    }

    /** One child of the year taken out and put back: two changes, both applied before this returns. */
    void next() {
        String key = keys.get(random.nextInt(keys.size()));
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
