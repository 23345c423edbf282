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
import java.util.List;

/**
 * The national dataset read back as the indicators see it: every child of {@code ncpd_children} with a journey, as a
 * {@link Journey}. The child key ({@code _id}) is never read out of the store, so nothing downstream can show it.
 * Figures are computed from this read on each request for now; a pre-aggregated cache rebuilt from the events is to
 * replace this one call (ADR 013).
 */
@Component
public class JourneyStore {

    private static final Logger log = LoggerFactory.getLogger(JourneyStore.class);

    private final MongoCollection<Document> children;

    JourneyStore(MongoDatabase database) {
        this.children = database.getCollection(NationalChildRecords.COLLECTION);
    }

    /** Every child's journey in the dataset, standing at {@code asOf} (the day follow-up periods are judged on). */
    public Cohort cohort(LocalDate asOf) {
        List<Journey> journeys = new ArrayList<>();
        int unreadable = 0;
        for (Document child : children.find(Filters.exists("journey")).projection(Projections.fields(
                Projections.include(JourneyDocument.FIELDS), Projections.excludeId()))) {
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
}
