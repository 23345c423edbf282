package org.permanenceplatform.support.supportcase;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.support.SupportFixtures;
import org.permanenceplatform.support.SupportFixtures.Ref;
import org.permanenceplatform.support.supportcase.store.SupportCaseStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.support.SupportFixtures.achieved;
import static org.permanenceplatform.support.SupportFixtures.caseIdOf;

/** Permanence achieved in an LA opens the family's support case, once, over HTTP. */
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

    SupportFixtures fixtures;
    HttpApi api;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
        fixtures = new SupportFixtures(api);
    }

    long casesOfChild(String la, String localId) {
        return database.getCollection(SupportCaseStore.COLLECTION)
                .countDocuments(new Document("la", la).append("localChildId", localId));
    }

    @Test
    void aFamilyGetsOneSupportCaseHoweverOftenTheEventArrives() {
        String localId = SupportFixtures.localId();
        EventEnvelope event = achieved(UUID.randomUUID().toString(), "840", localId, "SPECIAL_GUARDIANSHIP",
                LocalDate.of(2025, 11, 20));

        Reply first = fixtures.deliver("840", event);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("acknowledged").toString()).contains(event.id());
        fixtures.deliver("840", event);

        assertThat(casesOfChild("840", localId)).isEqualTo(1);
        Ref opened = fixtures.read("840", caseIdOf("840", localId));
        assertThat(opened.version()).isEqualTo(1);
        assertThat(opened.body().get("givenName").asString()).isEqualTo("Mia");
        assertThat(opened.body().get("route").asString()).isEqualTo("SPECIAL_GUARDIANSHIP");
        assertThat(opened.body().get("permanence")).hasSize(1);
        assertThat(opened.body().at("/permanence/0/date").asString()).isEqualTo("2025-11-20");
        assertThat(opened.body().at("/household/adults/0/name").asString()).isEqualTo("Ann Hughes");
    }

    @Test
    void theEventJoinsTheCaseASupportWorkerOpenedByHandForTheSameChild() {
        String localId = SupportFixtures.localId();
        Reply opened = api.post(SupportFixtures.CASES, fixtures.worker("840"), """
                {"localChildId": "%s", "givenName": "Mia", "familyName": "Hughs", "route": "SPECIAL_GUARDIANSHIP",
                 "orderDate": "2025-11-20"}""".formatted(localId));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);

        fixtures.deliver("840", achieved(UUID.randomUUID().toString(), "840", localId, "SPECIAL_GUARDIANSHIP",
                LocalDate.of(2025, 11, 20)));

        assertThat(casesOfChild("840", localId)).isEqualTo(1);
        Ref joined = fixtures.read("840", caseIdOf("840", localId));
        assertThat(joined.version()).as("the event is a change to the case").isEqualTo(2);
        assertThat(joined.body().get("familyName").asString()).as("permanence-service's record wins")
                .isEqualTo("Hughes");
        assertThat(joined.body().get("permanence")).hasSize(2);
    }

    @Test
    void anotherLasFamilyCannotBeSentByARelayThatDoesNotSpeakForIt() {
        String localId = SupportFixtures.localId();
        assertThat(fixtures.deliver("841", achieved(UUID.randomUUID().toString(), "840", localId, "ADOPTION",
                LocalDate.of(2025, 11, 20))).status()).isEqualTo(403);
        assertThat(casesOfChild("840", localId)).isZero();
    }
}
