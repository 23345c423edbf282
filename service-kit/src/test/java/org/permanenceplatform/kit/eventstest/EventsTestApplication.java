package org.permanenceplatform.kit.eventstest;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.permanenceplatform.kit.events.Applied;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.events.EventHandler;
import org.permanenceplatform.kit.events.InOrder;
import org.permanenceplatform.kit.events.ServiceTokens;
import org.permanenceplatform.kit.testing.TestTokens;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.Set;

/**
 * A small service for the event tests: it emits events from its {@code aggregates} collection, relays them, and
 * receives them itself (through a proxy the tests can take down), applying them to {@code received}.
 */
@SpringBootApplication
public class EventsTestApplication {

    public static final String NAME = "events-test-service";
    public static final String TYPE = "la.test.happened";

    /** The relay's tokens: a service token for this service, speaking for County Durham and Darlington only. */
    @Bean
    ServiceTokens testServiceTokens() {
        return audience -> new TestTokens(audience).sign(claims -> claims.subject("service:" + NAME)
                .claim("scope", "events:write").claim("las", List.of("840", "841")));
    }

    /** Records each event's sequence in the order applied, once. */
    @Bean
    EventHandler testReceiver(MongoDatabase database) {
        return new EventHandler() {
            @Override
            public Set<String> types() {
                return Set.of(TYPE);
            }

            @Override
            public Applied apply(EventEnvelope event) {
                return InOrder.apply(database.getCollection("received"), event,
                        Updates.combine(Updates.push("applied", event.sequence()), Updates.inc("count", 1)),
                        new Document("la", event.la()));
            }
        };
    }
}
