package org.permanenceplatform.permanence.adopter.store;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same contract against a real MongoDB in a container; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class AdopterMongoDbStoreContractIT extends AdopterStoreContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @Override
    String serverUri() {
        return MONGO.getReplicaSetUrl().replaceFirst("/test$", "/");
    }
}
