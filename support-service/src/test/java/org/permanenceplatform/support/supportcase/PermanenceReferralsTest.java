package org.permanenceplatform.support.supportcase;

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

/** Permanence achieved in an LA refers the family to post-permanence support, once, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PermanenceReferralsTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "support");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    static final JsonMapper JSON = JsonMapper.builder().build();

    Reply deliver(String las, EventEnvelope... events) {
        String token = new TestTokens("support-service").sign(claims -> claims.subject("service:permanence-service")
                .claim("scope", "events:write").claim("las", List.of(las)));
        return new HttpApi(port).post("/events/v1", token, JSON.writeValueAsString(new EventBatch(List.of(events))));
    }

    static EventEnvelope achieved(String childId, String route) {
        return EventEnvelope.of("la.permanence.achieved", 1, Instant.parse("2026-11-23T10:00:00Z"),
                "permanence-service", childId, 1, "840", Map.of("localChildId", "DUR-0042", "givenName", "Mia",
                        "familyName", "Hughes", "route", route, "date", "2026-11-20",
                        "orderType", "SPECIAL_GUARDIANSHIP_ORDER", "kinshipCarers", true,
                        "household", Map.of("adults", List.of(Map.of("name", "Ann Hughes",
                                "relationshipToChild", "grandmother")))));
    }

    @Test
    void aFamilyIsReferredOnceHoweverOftenTheEventArrives() {
        String childId = UUID.randomUUID().toString();
        EventEnvelope event = achieved(childId, "SPECIAL_GUARDIANSHIP");

        Reply first = deliver("840", event);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        deliver("840", event);

        Document family = database.getCollection(PermanenceReferrals.COLLECTION)
                .find(new Document("_id", childId)).first();
        assertThat(family).containsEntry("la", "840").containsEntry("givenName", "Mia");
        assertThat(family.getList("permanence", Document.class)).hasSize(1)
                .first().satisfies(referral -> assertThat(referral).containsEntry("route", "SPECIAL_GUARDIANSHIP"));
    }

    @Test
    void anotherLasFamilyCannotBeSentByARelayThatDoesNotSpeakForIt() {
        String childId = UUID.randomUUID().toString();
        assertThat(deliver("841", achieved(childId, "ADOPTION")).status()).isEqualTo(403);
        assertThat(database.getCollection(PermanenceReferrals.COLLECTION).find(new Document("_id", childId)).first())
                .isNull();
    }
}
