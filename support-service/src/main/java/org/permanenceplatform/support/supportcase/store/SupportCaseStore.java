package org.permanenceplatform.support.supportcase.store;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.permanenceplatform.kit.events.Applied;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.events.EventFamily;
import org.permanenceplatform.kit.events.EventRoutes;
import org.permanenceplatform.kit.events.InOrder;
import org.permanenceplatform.kit.events.Outbox;
import org.permanenceplatform.kit.problem.ConflictException;
import org.permanenceplatform.kit.problem.NotFoundException;
import org.permanenceplatform.kit.store.Indexes;
import org.permanenceplatform.kit.store.StoreErrors;
import org.permanenceplatform.support.supportcase.domain.SupportCase;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code support_cases} collection: one document per child of an LA (the id is derived from the LA code and the
 * local child id). The case document is the write unit: it carries the outbox of the events its changes emit, and
 * the permanence-achieved events it has applied ({@code lastSeq}).
 */
@Component
public class SupportCaseStore {

    public static final String COLLECTION = "support_cases";

    private final MongoCollection<Document> cases;
    private final EventRoutes routes;

    public SupportCaseStore(MongoDatabase database, EventRoutes routes) {
        this.cases = database.getCollection(COLLECTION);
        this.routes = routes;
        Indexes.ensure(cases, List.of(new IndexModel(new Document(CaseDocuments.LA, 1)
                .append(CaseDocuments.FAMILY_NAME, 1).append(CaseDocuments.GIVEN_NAME, 1),
                new IndexOptions().name("la_name"))));
    }

    /**
     * Applies a permanence-achieved event to the child's case, opening it if the child has none (or joining the case
     * a support worker opened by hand): once, and in order, however often the event is delivered. The case holds the
     * event's sequence under the case id, which is derived from the LA and the local child id the event names.
     */
    public Applied referred(EventEnvelope event, String caseId, Instant receivedAt) {
        Map<String, Object> payload = event.payload();
        EventEnvelope toCase = new EventEnvelope(event.id(), event.type(), event.version(), event.occurredAt(),
                event.producer(), caseId, event.sequence(), event.la(), payload);
        List<Bson> change = new ArrayList<>(List.of(Updates.set(CaseDocuments.LA, event.la()),
                Updates.set(CaseDocuments.LOCAL_ID, payload.get("localChildId")),
                Updates.set(CaseDocuments.GIVEN_NAME, payload.get("givenName")),
                Updates.set(CaseDocuments.FAMILY_NAME, payload.get("familyName")),
                Updates.set(CaseDocuments.DATE_OF_BIRTH, payload.get("dateOfBirth")),
                Updates.push(CaseDocuments.PERMANENCE, new Document(payload).append("childId", event.aggregateId())
                        .append("eventId", event.id()).append("receivedAt", Date.from(receivedAt))),
                Updates.inc(CaseDocuments.VERSION, 1)));
        if (payload.get("household") != null) {
            change.add(Updates.set(CaseDocuments.HOUSEHOLD, payload.get("household")));
        }
        return InOrder.apply(cases, toCase, Updates.combine(change), new Document(CaseDocuments.OPENED_AT,
                Date.from(receivedAt)).append(CaseDocuments.OPENED_BY, event.producer()));
    }

    /**
     * Stores a case opened by hand: one write.
     *
     * @throws ConflictException when the child already has a support case
     */
    public void insert(SupportCase supportCase) {
        try {
            cases.insertOne(CaseDocuments.toDocument(supportCase));
        } catch (MongoException e) {
            if (StoreErrors.isDuplicateKey(e)) {
                throw new ConflictException("This local authority already has a support case for the child with "
                        + "local id " + supportCase.localChildId());
            }
            throw e;
        }
    }

    public Optional<SupportCase> find(String id) {
        return Optional.ofNullable(cases.find(Filters.eq("_id", id)).projection(new Document(Outbox.FIELD, 0))
                .first()).map(CaseDocuments::toCase);
    }

    /** The sequence number the case's next national dataset event takes. */
    public long nextSequence(String id) {
        return Outbox.nextSequence(cases.find(Filters.eq("_id", id))
                .projection(new Document(Outbox.SEQUENCES, 1)).first(), EventFamily.NCPD);
    }

    /**
     * Stores {@code changed} and the events it emits, only if the stored case is still at {@code expectedVersion}:
     * one conditional write, so a change is never kept without its events or the other way round.
     *
     * @throws ConflictException when someone else changed the case in between
     * @throws NotFoundException when there is no such case
     */
    public void replace(SupportCase changed, long expectedVersion, List<EventEnvelope> events) {
        List<Bson> changes = new ArrayList<>();
        CaseDocuments.toDocument(changed).forEach((field, value) -> {
            if (!field.equals("_id")) {
                changes.add(Updates.set(field, value));
            }
        });
        changes.add(Outbox.append(events, routes));
        UpdateResult result = cases.updateOne(Filters.and(Filters.eq("_id", changed.id()),
                        Filters.eq(CaseDocuments.LA, changed.la()), Filters.eq(CaseDocuments.VERSION, expectedVersion)),
                Updates.combine(changes));
        if (result.getMatchedCount() == 0) {
            SupportCase stored = find(changed.id())
                    .orElseThrow(() -> new NotFoundException("No support case " + changed.id()));
            throw new ConflictException("The support case was changed by someone else (now version "
                    + stored.version() + ", your change was made from version " + expectedVersion
                    + "). Reload it and make your change again.");
        }
    }

    /** Every case of an LA, by the child's family name then given name. */
    public List<SupportCase> allOfLa(String la) {
        List<SupportCase> all = new ArrayList<>();
        cases.find(Filters.eq(CaseDocuments.LA, la)).projection(new Document(Outbox.FIELD, 0))
                .sort(Sorts.ascending(CaseDocuments.FAMILY_NAME, CaseDocuments.GIVEN_NAME, "_id"))
                .forEach(document -> all.add(CaseDocuments.toCase(document)));
        return all;
    }

    /** Every case on record, one at a time (for the business metrics). */
    public void forEach(Consumer<SupportCase> each) {
        cases.find().projection(new Document(Outbox.FIELD, 0))
                .forEach(document -> each.accept(CaseDocuments.toCase(document)));
    }
}
