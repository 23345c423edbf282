package org.permanenceplatform.outcomes.dataset;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.permanenceplatform.outcomes.indicator.domain.Cohort;
import org.permanenceplatform.outcomes.indicator.domain.Journey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national dataset read back as the indicators see it: every child of {@code ncpd_children} with a journey, as a
 * {@link Journey}. The child key ({@code _id}) is never read out of the store, so nothing downstream can show it.
 * The pre-aggregated figures (ADR 015) are built from {@link #journeysByChild} and follow each child's changes
 * through {@link #journeyOf}: the child key is read there only to match a change to the journey it replaces, and
 * goes no further than the cache.
 */
@Component
public class JourneyStore {

    private static final Logger log = LoggerFactory.getLogger(JourneyStore.class);

    /**
     * Journeys a reply carries when every journey is read. The embedded store does not split a batch by size as
     * MongoDB does (16 MB), so without a batch size it answers a national year's read in one reply, beyond the
     * driver's 48 MB message limit. A national journey is about 1.5 KB, so a reply is about 1.5 MB.
     */
    static final int BATCH_SIZE = 1_000;

    private final MongoCollection<Document> children;

    JourneyStore(MongoDatabase database) {
        this.children = database.getCollection(NationalChildRecords.COLLECTION);
    }

    /** Every child's journey in the dataset, standing at {@code asOf} (the day follow-up periods are judged on). */
    public Cohort cohort(LocalDate asOf) {
        List<Journey> journeys = new ArrayList<>();
        int unreadable = 0;
        for (Document child : children.find(Filters.exists("journey")).projection(Projections.fields(
                Projections.include(JourneyDocument.FIELDS), Projections.excludeId())).batchSize(BATCH_SIZE)) {
            var journey = JourneyDocument.read(child);
            if (journey.isPresent()) {
                journeys.add(journey.get());
            } else {
                unreadable++;
            }
        }
        if (unreadable > 0) {
            log.warn("{} journeys in {} lack the child's LA or birth month and are left out of the figures",
                    unreadable, NationalChildRecords.COLLECTION);
        }
        return new Cohort(journeys, asOf);
    }

    /** Every child's journey by child key, as {@link #cohort} reads them. */
    public Map<String, Journey> journeysByChild() {
        Map<String, Journey> journeys = new HashMap<>();
        int unreadable = 0;
        for (Document child : children.find(Filters.exists("journey"))
                .projection(Projections.include(JourneyDocument.FIELDS)).batchSize(BATCH_SIZE)) {
            var journey = JourneyDocument.read(child);
            if (journey.isPresent()) {
                journeys.put(child.getString("_id"), journey.get());
            } else {
                unreadable++;
            }
        }
        if (unreadable > 0) {
            log.warn("{} journeys in {} lack the child's LA or birth month and are left out of the figures",
                    unreadable, NationalChildRecords.COLLECTION);
        }
        return journeys;
    }

    /** One child's journey, or empty when the child has none the figures could place. */
    public Optional<Journey> journeyOf(String childKey) {
        // By the key alone, which the embedded store answers from its _id index: with the journey's presence in the
        // filter as well it read every child in the dataset for each event.
        Document child = children.find(Filters.eq("_id", childKey))
                .projection(Projections.include(JourneyDocument.FIELDS)).first();
        return child == null || child.get("journey") == null ? Optional.empty() : JourneyDocument.read(child);
    }
}
