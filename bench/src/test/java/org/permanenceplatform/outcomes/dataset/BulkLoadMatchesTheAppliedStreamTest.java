package org.permanenceplatform.outcomes.dataset;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permanenceplatform.generator.Generator;
import org.permanenceplatform.generator.Settings;
import org.permanenceplatform.generator.ncpd.ChildKeys;
import org.permanenceplatform.generator.ncpd.NcpdStream;
import org.permanenceplatform.generator.store.OutcomesBulkLoad;
import org.permanenceplatform.kit.events.Applied;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.events.EventHandler;
import org.permanenceplatform.kit.events.InOrder;
import org.permanenceplatform.outcomes.indicator.domain.Cohort;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.Indicator;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;
import org.permanenceplatform.outcomes.indicator.domain.Journey;
import org.permanenceplatform.store.EmbeddedStore;
import org.permanenceplatform.store.StoreOptions;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk load is a shortcut for the {@code ncpd.*} stream, so a bulk-loaded LA must read back through
 * outcomes-service's own code exactly as the same children's every event applied by the dataset's handlers
 * ({@code NationalChildRecords} and {@code SupportFacts}, as the inbox routes them): the same journey for every child
 * key, support requests and breakdowns included, and so the same figures for every indicator. Otherwise a benchmark
 * over a bulk-loaded dataset times tables that the real dataset would not have.
 */
class BulkLoadMatchesTheAppliedStreamTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
    private static final Settings DARLINGTON = new Settings(21, 2025, 3, AS_OF, List.of("841"));
    private static final Clock CLOCK = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private static Path data;
    private static EmbeddedStore store;
    private static MongoClient client;
    private static JourneyStore streamed;
    private static JourneyStore bulkLoaded;

    @BeforeAll
    static void loadOneLaBothWays(@TempDir Path temp) throws IOException {
        data = Files.createTempDirectory("bulk-and-stream");
        store = EmbeddedStore.start(StoreOptions.defaults().withPort(0).withDataDirectory(data));
        client = MongoClients.create(store.connectionString("generated"));
        ChildKeys keys = new ChildKeys(ChildKeys.SYNTHETIC_SECRET);
        MongoDatabase bulk = client.getDatabase("bulk");
        try (NcpdStream stream = new NcpdStream(temp, DARLINGTON.seed(), keys);
             OutcomesBulkLoad load = new OutcomesBulkLoad(bulk, keys)) {
            Generator.generate(DARLINGTON, stream.andThen(load));
        }
        MongoDatabase applied = client.getDatabase("stream");
        applyEveryEvent(NcpdStream.fileOf(temp, "841"), List.of(new NationalChildRecords(applied, CLOCK, List.of()),
                new SupportFacts(applied, CLOCK, List.of())));
        streamed = new JourneyStore(applied);
        bulkLoaded = new JourneyStore(bulk);
    }

    private static void applyEveryEvent(Path file, List<EventHandler> handlers) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (String line : Files.readAllLines(file)) {
            EventEnvelope event = json.readValue(line, EventEnvelope.class);
            EventHandler handler = handlers.stream().filter(h -> h.types().contains(event.type())).findFirst()
                    .orElseThrow(() -> new AssertionError("no handler in the dataset for " + line));
            assertThat(handler.apply(event)).as(line).isEqualTo(Applied.APPLIED);
        }
    }

    /**
     * Each child's document by key, without what only the inbox keeps: the sequences it has applied and the moment
     * it first received one (the bulk load has neither clock nor sequences).
     */
    private static Map<String, Document> documents(String database) {
        Map<String, Document> documents = new HashMap<>();
        for (Document child : client.getDatabase(database).getCollection(NationalChildRecords.COLLECTION).find()) {
            child.remove(InOrder.LAST_SEQUENCE);
            child.remove("firstReceivedAt");
            documents.put(child.getString("_id"), child);
        }
        return documents;
    }

    /** The top-level fields of a child's document that differ, each with both values. */
    private static Stream<String> differingFields(Document expected, Document actual) {
        return Stream.concat(expected.keySet().stream(), actual.keySet().stream()).distinct()
                .filter(field -> !Objects.equals(expected.get(field), actual.get(field)))
                .map(field -> "%s of %s%n  applied events: %s%n  bulk load:      %s".formatted(field,
                        expected.get("_id"), expected.get(field), actual.get(field)));
    }

    /** The first child, by key, whose value differs between the two, with both values; empty when none does. */
    private static <K extends Comparable<? super K>, V> Optional<String> firstDifference(Map<K, V> expected,
                                                                                        Map<K, V> actual) {
        return expected.keySet().stream().sorted().filter(key -> !expected.get(key).equals(actual.get(key)))
                .findFirst().map(key -> "%s%n  applied events: %s%n  bulk load:      %s".formatted(key,
                        expected.get(key), actual.get(key)));
    }

    @AfterAll
    static void stopTheStore() {
        client.close();
        store.close();
    }

    @Test
    void everyChildsDocumentIsAsTheAppliedEventsLeaveIt() {
        Map<String, Document> fromTheStream = documents("stream");
        Map<String, Document> fromTheBulkLoad = documents("bulk");

        assertThat(fromTheBulkLoad.keySet()).isEqualTo(fromTheStream.keySet());
        assertThat(fromTheStream.keySet().stream().sorted().flatMap(key -> differingFields(fromTheStream.get(key),
                fromTheBulkLoad.get(key))).findFirst()).isEmpty();
    }

    @Test
    void everyChildReadsBackFromTheBulkLoadAsFromItsAppliedEvents() {
        Map<String, Journey> fromTheStream = streamed.journeysByChild();
        Map<String, Journey> fromTheBulkLoad = bulkLoaded.journeysByChild();

        assertThat(fromTheStream.values()).anyMatch(journey -> !journey.supportRequests().isEmpty());
        assertThat(fromTheStream.values()).anyMatch(journey -> !journey.breakdowns().isEmpty());
        assertThat(fromTheStream).hasSizeGreaterThan(OutcomesBulkLoad.BATCH / 4);
        assertThat(fromTheBulkLoad.keySet()).isEqualTo(fromTheStream.keySet());
        assertThat(firstDifference(fromTheStream, fromTheBulkLoad)).isEmpty();
    }

    @Test
    void everyIndicatorHasTheSameFiguresFromTheBulkLoadAsFromTheAppliedEvents() {
        Cohort fromTheStream = streamed.cohort(AS_OF);
        Cohort fromTheBulkLoad = bulkLoaded.cohort(AS_OF);

        for (Indicator indicator : new IndicatorCatalogue(5).indicators()) {
            for (FinancialYear year : List.of(FinancialYear.parse("2022-23"), FinancialYear.parse("2023-24"),
                    FinancialYear.parse("2024-25"))) {
                for (Dimension cut : List.of(Dimension.LA, Dimension.ROUTE)) {
                    assertThat(indicator.compute(fromTheBulkLoad, year, cut).rows())
                            .as("%s %s by %s", indicator.definition().id(), year, cut)
                            .isEqualTo(indicator.compute(fromTheStream, year, cut).rows());
                }
            }
        }
    }
}
