package org.permanenceplatform.outcomes.dataset;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permanenceplatform.generator.Generator;
import org.permanenceplatform.generator.Settings;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.ncpd.ChildKeys;
import org.permanenceplatform.generator.ncpd.NcpdStream;
import org.permanenceplatform.generator.store.OutcomesBulkLoad;
import org.permanenceplatform.kit.events.Applied;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.outcomes.indicator.domain.Cohort;
import org.permanenceplatform.store.EmbeddedStore;
import org.permanenceplatform.store.StoreOptions;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator's two ways into the national dataset, read back by outcomes-service's own code on the embedded
 * store: the {@code ncpd.*} stream applied event by event by {@code NationalChildRecords} (as its inbox does), and
 * the bulk load; both must give back, through {@code JourneyStore}, the journeys the generator made. (In this
 * package because the dataset's reader and writer are package-private: the test uses them, not copies.)
 */
class GeneratedDataReadsBackThroughTheDatasetTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
    private static final Settings DARLINGTON = new Settings(21, 2025, 3, AS_OF, List.of("841"));

    private static Path data;
    private static EmbeddedStore store;
    private static MongoClient client;

    @TempDir
    Path temp;

    @BeforeAll
    static void startTheStore() throws IOException {
        data = Files.createTempDirectory("generated-dataset");
        store = EmbeddedStore.start(StoreOptions.defaults().withPort(0).withDataDirectory(data));
        client = MongoClients.create(store.connectionString("generated"));
    }

    @AfterAll
    static void stopTheStore() {
        client.close();
        store.close();
    }

    @Test
    void aGeneratedLasStreamAppliedByTheDatasetReadsBackAsTheGeneratorsJourneys() throws IOException {
        MongoDatabase database = client.getDatabase("stream");
        List<Child> children = new ArrayList<>();
        try (NcpdStream stream = new NcpdStream(temp, DARLINGTON.seed(), new ChildKeys(ChildKeys.SYNTHETIC_SECRET))) {
            Generator.generate(DARLINGTON, stream.andThen(children::add));
        }
        NationalChildRecords records = new NationalChildRecords(database, Clock.fixed(AS_OF.atStartOfDay()
                .toInstant(ZoneOffset.UTC), ZoneOffset.UTC), List.of());
        JsonMapper json = JsonMapper.builder().build();
        long applied = 0;
        for (String line : Files.readAllLines(NcpdStream.fileOf(temp, "841"))) {
            EventEnvelope event = json.readValue(line, EventEnvelope.class);
            if (records.types().contains(event.type())) {
                assertThat(records.apply(event)).as(line).isEqualTo(Applied.APPLIED);
                applied++;
            }
        }

        Cohort cohort = new JourneyStore(database).cohort(AS_OF);
        assertThat(applied).isGreaterThan(children.size() * 3L);
        assertThat(cohort.journeys()).hasSize(children.size());
        assertThat(GeneratedJourneys.ofDataset(cohort.journeys())).isEqualTo(GeneratedJourneys.ofGenerated(children));
    }

    @Test
    void aBulkLoadedLaReadsBackAsTheGeneratorsJourneys() {
        MongoDatabase database = client.getDatabase("bulk");
        List<Child> children = new ArrayList<>();
        try (OutcomesBulkLoad load = new OutcomesBulkLoad(database, new ChildKeys(ChildKeys.SYNTHETIC_SECRET))) {
            Generator.generate(DARLINGTON, load.andThen(children::add));
        }

        Cohort cohort = new JourneyStore(database).cohort(AS_OF);
        assertThat(children).hasSizeGreaterThan(OutcomesBulkLoad.BATCH / 4);
        assertThat(database.getCollection(NationalChildRecords.COLLECTION).countDocuments())
                .isEqualTo(children.size());
        assertThat(GeneratedJourneys.ofDataset(cohort.journeys())).isEqualTo(GeneratedJourneys.ofGenerated(children));
    }

    @Test
    void theStreamAndTheBulkLoadKeyEachChildAsTheServicesDo() {
        String secret = "dGVzdC1vbmx5LXBzZXVkb255bWlzYXRpb24ta2V5ISE=";
        assertThat(new ChildKeys(secret).keyOf("841", "8412400017"))
                .isEqualTo(org.permanenceplatform.kit.pseudonym.ChildKeys.fromBase64(secret).keyOf("841", "8412400017"));
    }
}
