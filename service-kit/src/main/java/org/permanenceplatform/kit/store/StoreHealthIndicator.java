package org.permanenceplatform.kit.store;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Readiness of the service's own store: a {@code ping} to its database. (Boot's own MongoDB indicator lists every
 * database on the server and sends {@code hello} to each, which is more than readiness needs and more than a
 * service should see.)
 */
public class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    public StoreHealthIndicator(MongoDatabase database) {
        super("The store did not answer a ping");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up();
    }
}
