package org.permanenceplatform.permanence.child.store;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same store contract against a real MongoDB replica set in a container. Skipped, not failed, where no Docker
 * engine runs (the default build machine has none); it runs wherever one does.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoDbStoreContractIT extends PermanenceStoreContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @Override
    String serverUri() {
        return MONGO.getReplicaSetUrl().replaceFirst("/test$", "/");
    }
}
