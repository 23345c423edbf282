package org.permanenceplatform.kit.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.time.Clock;

/**
 * The service's own database, from the database named in {@code spring.mongodb.uri}. Stores take this and
 * nothing else, so a service cannot reach another service's database by accident. At start-up the service claims
 * the database's layout version ({@code platform.store.layout-version}, see {@link StoreSchema}).
 */
@AutoConfiguration(afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
@ConditionalOnBean(MongoClient.class)
public class StoreAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MongoDatabase serviceDatabase(MongoClient client, MongoConnectionDetails connection, Environment environment,
                                  Clock clock) {
        String name = connection.getConnectionString().getDatabase();
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("spring.mongodb.uri must name the service's database, for example "
                    + "mongodb://127.0.0.1:27017/permanence");
        }
        MongoDatabase database = client.getDatabase(name);
        StoreSchema.claim(database, environment.getProperty("spring.application.name", "unnamed"),
                environment.getProperty("platform.store.layout-version", Integer.class, 1), clock);
        return database;
    }

    @Bean(name = "storeHealthIndicator")
    @ConditionalOnMissingBean(name = "storeHealthIndicator")
    StoreHealthIndicator storeHealthIndicator(MongoDatabase database) {
        return new StoreHealthIndicator(database);
    }
}
