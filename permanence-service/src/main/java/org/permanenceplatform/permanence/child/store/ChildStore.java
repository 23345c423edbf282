package org.permanenceplatform.permanence.child.store;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.events.EventFamily;
import org.permanenceplatform.kit.events.EventRoutes;
import org.permanenceplatform.kit.events.Outbox;
import org.permanenceplatform.kit.problem.ConflictException;
import org.permanenceplatform.kit.problem.NotFoundException;
import org.permanenceplatform.kit.store.Indexes;
import org.permanenceplatform.kit.store.StoreErrors;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.rules.RecordChanges;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code children} collection: one document per child, unique by LA code and local child id. The child document
 * is the write unit: it carries the outbox of the events its changes emit.
 */
@Component
public class ChildStore {

    static final String COLLECTION = "children";

    private final MongoCollection<Document> children;
    private final EventRoutes routes;

    public ChildStore(MongoDatabase database, EventRoutes routes) {
        this.children = database.getCollection(COLLECTION);
        this.routes = routes;
        Indexes.ensure(children, List.of(
                new IndexModel(new Document(ChildDocuments.LA, 1).append(ChildDocuments.LOCAL_ID, 1),
                        new IndexOptions().unique(true).name("la_localId_unique")),
                new IndexModel(new Document(ChildDocuments.LA, 1).append(ChildDocuments.FAMILY_NAME, 1)
                        .append(ChildDocuments.GIVEN_NAME, 1), new IndexOptions().name("la_name"))));
    }

    /**
     * Stores a new child together with the events it emits (in its outbox): one write.
     *
     * @throws ConflictException when the LA already has a child with this local id
     */
    public void insert(Child child, List<EventEnvelope> events) {
        try {
            children.insertOne(ChildDocuments.toDocument(child)
                    .append(Outbox.FIELD, Outbox.entries(events, routes))
                    .append(Outbox.SEQUENCES, sequences(events)));
        } catch (MongoException e) {
            if (StoreErrors.isDuplicateKey(e)) {
                throw new ConflictException("This local authority already has a child with local id "
                        + child.details().localChildId());
            }
            throw e;
        }
    }

    public Optional<Child> find(String id) {
        return Optional.ofNullable(children.find(Filters.eq("_id", id)).first()).map(ChildDocuments::toChild);
    }

    /** The sequence number the child's next event of this family takes. */
    public long nextSequence(String id, EventFamily family) {
        return Outbox.nextSequence(children.find(Filters.eq("_id", id))
                .projection(new Document(Outbox.SEQUENCES, 1)).first(), family);
    }

    /**
     * Stores {@code changed} and the events it emits, only if the stored child is still at {@code expectedVersion}:
     * one conditional write, so a change is never kept without its events or the other way round.
     *
     * @throws ConflictException when someone else changed the child in between
     * @throws NotFoundException when there is no such child
     */
    public void replace(Child changed, long expectedVersion, List<EventEnvelope> events) {
        List<Bson> changes = new ArrayList<>();
        ChildDocuments.toDocument(changed).forEach((field, value) -> {
            if (!field.equals("_id")) {
                changes.add(Updates.set(field, value));
            }
        });
        changes.add(Outbox.append(events, routes));
        UpdateResult result = children.updateOne(
                Filters.and(Filters.eq("_id", changed.id()), Filters.eq(ChildDocuments.LA, changed.laCode()),
                        Filters.eq(ChildDocuments.VERSION, expectedVersion)),
                Updates.combine(changes));
        if (result.getMatchedCount() == 0) {
            Optional<Child> stored = find(changed.id());
            if (stored.isEmpty()) {
                throw new NotFoundException("No child " + changed.id());
            }
            throw RecordChanges.stale("child", stored.get().version(), expectedVersion);
        }
    }

    /** One page of an LA's children, by family name then given name. */
    public List<Child> listForLa(String laCode, int offset, int limit) {
        List<Child> page = new ArrayList<>();
        children.find(Filters.eq(ChildDocuments.LA, laCode))
                .sort(Sorts.ascending(ChildDocuments.FAMILY_NAME, ChildDocuments.GIVEN_NAME, "_id"))
                .skip(offset).limit(limit)
                .forEach(document -> page.add(ChildDocuments.toChild(document)));
        return page;
    }

    /** Every child of an LA: the caseload works out each one's clocks as of today. */
    public List<Child> allOfLa(String laCode) {
        List<Child> all = new ArrayList<>();
        children.find(Filters.eq(ChildDocuments.LA, laCode)).projection(new Document(Outbox.FIELD, 0))
                .forEach(document -> all.add(ChildDocuments.toChild(document)));
        return all;
    }

    /** Every child on record, one at a time (for the business metrics). */
    public void forEach(java.util.function.Consumer<Child> each) {
        children.find().projection(new Document(Outbox.FIELD, 0))
                .forEach(document -> each.accept(ChildDocuments.toChild(document)));
    }

    private static Document sequences(List<EventEnvelope> events) {
        Document sequences = new Document();
        events.forEach(event -> sequences.merge(event.family().prefix(), event.sequence(),
                (a, b) -> Math.max((Long) a, (Long) b)));
        return sequences;
    }

    /** How many children each LA has on record, largest first. */
    public Map<String, Long> countByLa() {
        Map<String, Long> counts = new LinkedHashMap<>();
        children.aggregate(List.of(
                        Aggregates.group("$" + ChildDocuments.LA, Accumulators.sum("children", 1)),
                        Aggregates.sort(Sorts.orderBy(Sorts.descending("children"), Sorts.ascending("_id")))))
                .forEach(row -> counts.put(row.getString("_id"), ((Number) row.get("children")).longValue()));
        return counts;
    }
}
