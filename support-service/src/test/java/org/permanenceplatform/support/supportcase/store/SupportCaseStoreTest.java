package org.permanenceplatform.support.supportcase.store;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.pseudonym.ChildKeys;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.kit.testing.TestKeys;
import org.permanenceplatform.support.SupportFixtures;
import org.permanenceplatform.support.SupportFixtures.Ref;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change to a support case and the national dataset events it emits are one write: the raw document holds both,
 * and the events carry the child key, not the child.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupportCaseStoreTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "casestore");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Test
    void theRequestAndItsEventAreInTheSameDocument() {
        SupportFixtures fixtures = new SupportFixtures(new HttpApi(port));
        Ref family = fixtures.requested("840", fixtures.referred("840", "ADOPTION"), "RESPITE", 2);

        Document raw = database.getCollection(SupportCaseStore.COLLECTION)
                .find(new Document("_id", family.id())).first();
        assertThat(raw.getList("requests", Document.class)).singleElement()
                .satisfies(request -> assertThat(request).containsEntry("category", "RESPITE")
                        .containsEntry("received", fixtures.today().minusDays(2).toString()));
        assertThat(raw.get("version", Number.class).longValue()).isEqualTo(2);
        assertThat(raw.get("eventSeq", Document.class).get("ncpd", Number.class).longValue()).isEqualTo(1);
        List<Document> outbox = raw.getList("outbox", Document.class);
        assertThat(outbox).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("destination", "outcomes-service");
            Document event = entry.get("event", Document.class);
            assertThat(event).containsEntry("type", "ncpd.support.request.changed").containsEntry("la", "840")
                    .containsEntry("aggregateId", ChildKeys.fromBase64(TestKeys.PSEUDONYMISATION_KEY)
                            .keyOf("840", raw.getString("localChildId")));
            assertThat(event.toJson()).doesNotContain(raw.getString("localChildId"), "Hughes", "2018-05-04");
        });
    }
}
