package org.permanenceplatform.support.supportcase;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.permanenceplatform.kit.events.Applied;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.events.EventHandler;
import org.permanenceplatform.kit.events.InOrder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.Set;

/**
 * Every family whose child achieved permanence is referred to post-permanence support: one {@code support_families}
 * document per child (its platform id), holding each permanence the LA reported, applied in order and once each.
 * The support case itself (requests, assessments, plans) is opened from this referral.
 */
@Component
class PermanenceReferrals implements EventHandler {

    static final String COLLECTION = "support_families";
    static final String PERMANENCE_ACHIEVED = "la.permanence.achieved";

    private final MongoCollection<Document> families;
    private final Clock clock;

    PermanenceReferrals(MongoDatabase database, Clock clock) {
        this.families = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    @Override
    public Set<String> types() {
        return Set.of(PERMANENCE_ACHIEVED);
    }

    @Override
    public Applied apply(EventEnvelope event) {
        Document referral = new Document(event.payload()).append("eventId", event.id())
                .append("receivedAt", Date.from(clock.instant()));
        return InOrder.apply(families, event, Updates.combine(
                        Updates.set("la", event.la()),
                        Updates.set("localChildId", event.payload().get("localChildId")),
                        Updates.set("givenName", event.payload().get("givenName")),
                        Updates.set("familyName", event.payload().get("familyName")),
                        Updates.push("permanence", referral)),
                new Document("referredAt", Date.from(clock.instant())));
    }
}
