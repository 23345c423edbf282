package org.permanenceplatform.outcomes.dataset;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.events.EventBatch;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.kit.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** permanence-service's national dataset events, as outcomes-service receives them over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NationalChildRecordsTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "outcomes");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    static final JsonMapper JSON = JsonMapper.builder().build();

    static String relayToken() {
        return new TestTokens("outcomes-service").sign(claims -> claims.subject("service:permanence-service")
                .claim("scope", "events:write").claim("las", List.of("*")));
    }

    static EventEnvelope event(String type, String key, long sequence, String sex) {
        return EventEnvelope.of(type, 1, Instant.parse("2026-11-23T10:00:00Z"), "permanence-service", key, sequence,
                "840", Map.of("region", "E12000001", "sex", sex, "ethnicGroup", "WHITE", "birthMonth", "2019-03",
                        "somethingNewer", "a receiver ignores fields it does not know"));
    }

    Reply deliver(EventEnvelope... events) {
        return new HttpApi(port).post("/events/v1", relayToken(), JSON.writeValueAsString(new EventBatch(List.of(events))));
    }

    Document record(String key) {
        return database.getCollection(NationalChildRecords.COLLECTION).find(new Document("_id", key)).first();
    }

    @Test
    void aRecordedChildAndItsCorrectionKeepOnePseudonymousRecord() {
        String key = UUID.randomUUID().toString();
        Reply first = deliver(event("ncpd.child.recorded", key, 1, "FEMALE"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        deliver(event("ncpd.child.corrected", key, 2, "MALE"));

        Document record = record(key);
        assertThat(record).containsEntry("la", "840").containsEntry("sex", "MALE")
                .containsEntry("birthMonth", "2019-03").containsEntry("region", "E12000001");
        assertThat(record.keySet()).doesNotContain("somethingNewer");
    }

    @Test
    void aCorrectionThatArrivesFirstWaitsForTheRecord() {
        String key = UUID.randomUUID().toString();
        EventEnvelope recorded = event("ncpd.child.recorded", key, 1, "FEMALE");
        EventEnvelope corrected = event("ncpd.child.corrected", key, 2, "MALE");

        assertThat(deliver(corrected).json().get("waiting").get(0).asString()).isEqualTo(corrected.id());
        assertThat(record(key)).isNull();
        deliver(recorded);
        deliver(corrected);
        deliver(recorded); // a late duplicate changes nothing
        assertThat(record(key)).containsEntry("sex", "MALE");
    }

    @Test
    void theLatestJourneyInSequenceIsTheOneKept() {
        String key = UUID.randomUUID().toString();
        EventEnvelope recorded = event("ncpd.child.recorded", key, 1, "FEMALE");
        EventEnvelope entered = EventEnvelope.of("ncpd.journey.changed", 1, Instant.parse("2026-11-23T10:00:00Z"),
                "permanence-service", key, 2, "840", Map.of("periods", List.of(Map.of("number", 1,
                        "entered", "2025-03-03", "ageBandAtEntry", "5 to 9")), "education", List.of()));
        EventEnvelope placed = EventEnvelope.of("ncpd.journey.changed", 1, Instant.parse("2026-11-23T11:00:00Z"),
                "permanence-service", key, 3, "840", Map.of("periods", List.of(Map.of("number", 1,
                        "entered", "2025-03-03", "ageBandAtEntry", "5 to 9",
                        "placements", List.of(Map.of("number", 1, "type", "U1")))), "education", List.of()));

        deliver(recorded, placed, entered);
        deliver(entered); // a late duplicate of the older journey changes nothing

        Document journey = record(key).get("journey", Document.class);
        List<Document> periods = journey.getList("periods", Document.class);
        assertThat(periods.get(0).getList("placements", Document.class).get(0)).containsEntry("type", "U1");
        assertThat(record(key)).containsEntry("sex", "FEMALE");
    }
}
