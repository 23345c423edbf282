package org.permanenceplatform.generator.store;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.permanenceplatform.generator.Generator;
import org.permanenceplatform.generator.LocalAuthorities;
import org.permanenceplatform.generator.Settings;
import org.permanenceplatform.generator.Summary;
import org.permanenceplatform.generator.journey.Breakdown;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.ncpd.ChildKeys;
import org.permanenceplatform.generator.ncpd.NcpdPayloads;
import org.permanenceplatform.generator.ncpd.NcpdStream;
import org.permanenceplatform.generator.ncpd.NcpdSupportPayloads;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Writes generated children straight into outcomes-service's national dataset ({@code ncpd_children}), one document
 * a child in the shape its {@code NationalChildRecords} and {@code SupportFacts} leave after applying the child's
 * {@code ncpd.*} events: the child key as {@code _id}, the child's facts, the latest journey as sent, the support
 * requests and breakdowns, and the event days. Batched {@code insertMany}, unordered: for benchmarks and scale
 * tests, where replaying every event through the inbox would take hours. A loaded store is for reading: it keeps
 * no event sequences, so later events for these children would wait for ones it never saw.
 */
public final class OutcomesBulkLoad implements Consumer<Child>, AutoCloseable {

    public static final String COLLECTION = "ncpd_children";
    public static final int BATCH = 2_000;

    private final MongoCollection<Document> children;
    private final ChildKeys keys;
    private final Map<String, String> regionByLa = new LinkedHashMap<>();
    private final List<Document> batch = new ArrayList<>(BATCH);
    private long loaded;

    public OutcomesBulkLoad(MongoDatabase database, ChildKeys keys) {
        this.children = database.getCollection(COLLECTION);
        this.keys = keys;
        LocalAuthorities.england().forEach(la -> regionByLa.put(la.code(), la.regionCode()));
    }

    /**
     * The command line's {@code --bulk-outcomes <uri>}: generates and loads into the database the URI names
     * ({@code outcomes} when it names none), then prints the summary and the time taken.
     */
    public static void load(Settings settings, String uri, ChildKeys keys, Summary summary) {
        ConnectionString connection = new ConnectionString(uri);
        String database = connection.getDatabase() == null ? "outcomes" : connection.getDatabase();
        long started = System.nanoTime();
        try (MongoClient client = MongoClients.create(connection);
             OutcomesBulkLoad load = new OutcomesBulkLoad(client.getDatabase(database), keys)) {
            Generator.generate(settings, load.andThen(summary));
            load.close();
            System.out.print(summary.print());
            System.out.printf("%,d journeys loaded into %s.%s in %,d s%n", load.loaded(), database, COLLECTION,
                    (System.nanoTime() - started) / 1_000_000_000L);
        }
    }

    @Override
    public void accept(Child child) {
        batch.add(document(child));
        if (batch.size() == BATCH) {
            flush();
        }
    }

    /**
     * The child's document, as the dataset holds it once every event of the child has been applied: the child's facts
     * and latest journey from permanence-service's events, and under {@code support} each request and breakdown by its
     * number as the last of support-service's events for it left it.
     */
    public Document document(Child child) {
        Document document = new Document("_id", keys.keyOf(child.laCode(), child.childId()))
                .append("la", child.laCode());
        NcpdPayloads.childRecorded(child, regionByLa.get(child.laCode())).forEach(document::append);
        Date entered = at(child.periods().get(0).start());
        document.append("updatedAt", entered).append("firstReceivedAt", entered)
                .append("journey", new Document(NcpdPayloads.journey(child)))
                .append("journeyUpdatedAt", at(NcpdStream.journeyDays(child).last()));
        Document requests = numbered(child.supportRequests().size(),
                number -> NcpdSupportPayloads.supportRequest(number, child.supportRequests().get(number - 1)));
        Document breakdowns = numbered(child.breakdowns().size(),
                number -> NcpdSupportPayloads.breakdown(number, child.breakdowns().get(number - 1)));
        if (!requests.isEmpty() || !breakdowns.isEmpty()) {
            Document support = new Document();
            if (!requests.isEmpty()) {
                support.append("requests", requests);
            }
            if (!breakdowns.isEmpty()) {
                support.append("breakdowns", breakdowns);
            }
            document.append("support", support).append("supportUpdatedAt", at(lastSupportDay(child)));
        }
        return document;
    }

    /** Items 1 to {@code count} under their numbers, as {@code SupportFacts} files them. */
    private static Document numbered(int count, IntFunction<Map<String, Object>> item) {
        Document items = new Document();
        for (int number = 1; number <= count; number++) {
            items.append(String.valueOf(number), new Document(item.apply(number)));
        }
        return items;
    }

    /** The day of support-service's last event for the child. */
    private static LocalDate lastSupportDay(Child child) {
        return Stream.concat(child.supportRequests().stream().map(request -> request.changed().last()),
                child.breakdowns().stream().map(Breakdown::date)).max(LocalDate::compareTo).orElseThrow();
    }

    public long loaded() {
        return loaded;
    }

    private void flush() {
        if (!batch.isEmpty()) {
            children.insertMany(batch, new InsertManyOptions().ordered(false));
            loaded += batch.size();
            batch.clear();
        }
    }

    @Override
    public void close() {
        flush();
    }

    private static Date at(LocalDate day) {
        return Date.from(Instant.from(day.atTime(12, 0).atOffset(ZoneOffset.UTC)));
    }
}
