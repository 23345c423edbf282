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
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.permanenceplatform.kit.problem.ConflictException;
import org.permanenceplatform.kit.problem.NotFoundException;
import org.permanenceplatform.kit.store.Indexes;
import org.permanenceplatform.kit.store.StoreErrors;
import org.permanenceplatform.permanence.child.domain.Child;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code children} collection: one document per child, unique by LA code and local child id. */
@Component
public class ChildStore {

    static final String COLLECTION = "children";

    private final MongoCollection<Document> children;

    public ChildStore(MongoDatabase database) {
        this.children = database.getCollection(COLLECTION);
        Indexes.ensure(children, List.of(
                new IndexModel(new Document(ChildDocuments.LA, 1).append(ChildDocuments.LOCAL_ID, 1),
                        new IndexOptions().unique(true).name("la_localId_unique")),
                new IndexModel(new Document(ChildDocuments.LA, 1).append(ChildDocuments.FAMILY_NAME, 1)
                        .append(ChildDocuments.GIVEN_NAME, 1), new IndexOptions().name("la_name"))));
    }

    /** @throws ConflictException when the LA already has a child with this local id */
    public void insert(Child child) {
        try {
            children.insertOne(ChildDocuments.toDocument(child));
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

    /**
     * Replaces the stored child with {@code changed} only if the stored one is still at {@code expectedVersion}.
     *
     * @throws ConflictException when someone else changed the child in between
     * @throws NotFoundException when there is no such child
     */
    public void replace(Child changed, long expectedVersion) {
        UpdateResult result = children.replaceOne(
                Filters.and(Filters.eq("_id", changed.id()), Filters.eq(ChildDocuments.LA, changed.laCode()),
                        Filters.eq(ChildDocuments.VERSION, expectedVersion)),
                ChildDocuments.toDocument(changed));
        if (result.getMatchedCount() == 0) {
            Optional<Child> stored = find(changed.id());
            if (stored.isEmpty()) {
                throw new NotFoundException("No child " + changed.id());
            }
            throw new ConflictException("The child was changed by someone else (now version "
                    + stored.get().version() + ", your change was made from version " + expectedVersion
                    + "). Reload it and make your change again.");
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
