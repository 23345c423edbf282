package org.permanenceplatform.permanence.adopter.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.permanenceplatform.kit.problem.ConflictException;
import org.permanenceplatform.kit.problem.NotFoundException;
import org.permanenceplatform.kit.store.Indexes;
import org.permanenceplatform.permanence.adopter.domain.AdopterHousehold;
import org.permanenceplatform.permanence.rules.RecordChanges;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code adopters} collection: one document per prospective adopter household, its approval assessment inside
 * it, so that every change is one conditional write (ADR 011).
 */
@Component
public class AdopterStore {

    static final String COLLECTION = "adopters";

    private final MongoCollection<Document> adopters;

    public AdopterStore(MongoDatabase database) {
        this.adopters = database.getCollection(COLLECTION);
        Indexes.ensure(adopters, List.of(new IndexModel(
                new Document(AdopterDocuments.LA, 1).append(AdopterDocuments.REGISTERED_INTEREST, 1),
                new IndexOptions().name("la_registeredInterest"))));
    }

    public void insert(AdopterHousehold household) {
        adopters.insertOne(AdopterDocuments.toDocument(household));
    }

    public Optional<AdopterHousehold> find(String id) {
        return Optional.ofNullable(adopters.find(Filters.eq("_id", id)).first()).map(AdopterDocuments::toHousehold);
    }

    /**
     * Stores {@code changed} only if the stored household is still at {@code expectedVersion}: one conditional
     * write.
     *
     * @throws ConflictException when someone else changed the household in between
     * @throws NotFoundException when there is no such household
     */
    public void replace(AdopterHousehold changed, long expectedVersion) {
        List<Bson> changes = new ArrayList<>();
        AdopterDocuments.toDocument(changed).forEach((field, value) -> {
            if (!field.equals("_id")) {
                changes.add(Updates.set(field, value));
            }
        });
        long matched = adopters.updateOne(Filters.and(Filters.eq("_id", changed.id()),
                        Filters.eq(AdopterDocuments.LA, changed.laCode()),
                        Filters.eq(AdopterDocuments.VERSION, expectedVersion)), Updates.combine(changes))
                .getMatchedCount();
        if (matched == 0) {
            AdopterHousehold stored = find(changed.id())
                    .orElseThrow(() -> new NotFoundException("No household " + changed.id()));
            throw RecordChanges.stale("household", stored.version(), expectedVersion);
        }
    }

    /** Every household of an LA, the earliest registration of interest first. */
    public List<AdopterHousehold> allOfLa(String laCode) {
        List<AdopterHousehold> all = new ArrayList<>();
        adopters.find(Filters.eq(AdopterDocuments.LA, laCode))
                .sort(Sorts.ascending(AdopterDocuments.REGISTERED_INTEREST, "_id"))
                .forEach(document -> all.add(AdopterDocuments.toHousehold(document)));
        return all;
    }

    /** Every household on record, one at a time (for the business metrics). */
    public void forEach(Consumer<AdopterHousehold> each) {
        adopters.find().forEach(document -> each.accept(AdopterDocuments.toHousehold(document)));
    }
}
