package org.permanenceplatform.kit.events;

import com.mongodb.client.MongoDatabase;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.net.URI;
import java.time.Clock;
import java.util.List;

/** The event machinery: a relay where a service has outboxes, an inbox where it has event handlers. */
@AutoConfiguration(afterName = "org.permanenceplatform.kit.store.StoreAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class EventsAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(EventHandler.class)
    static class Inbox {

        @Bean
        EventInboxResource eventInbox(List<EventHandler> handlers, MeterRegistry meters) {
            return new EventInboxResource(handlers, meters);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "platform.events.relay.enabled", havingValue = "true")
    @EnableConfigurationProperties(EventsProperties.class)
    @EnableFeignClients(clients = EventReceiverClient.class)
    @EnableScheduling
    static class Relay {

        @Bean
        @ConditionalOnMissingBean
        ServiceTokens serviceTokens(EventsProperties properties, Environment environment, Clock clock) {
            if (properties.tokenUri() == null || properties.clientSecret() == null) {
                throw new IllegalStateException("Set platform.events.relay.token-uri and client-secret so the relay "
                        + "can get service tokens");
            }
            return new ClientCredentialsTokens(URI.create(properties.tokenUri()),
                    environment.getRequiredProperty("spring.application.name"), properties.clientSecret(), clock);
        }

        @Bean
        @ConditionalOnMissingBean
        CircuitBreakerRegistry eventCircuitBreakers(MeterRegistry meters) {
            CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
            return registry;
        }

        @Bean(destroyMethod = "close")
        OutboxRelay outboxRelay(MongoDatabase database, EventsProperties properties, EventReceiverClient client,
                                ServiceTokens tokens, CircuitBreakerRegistry breakers, MeterRegistry meters,
                                Clock clock) {
            return new OutboxRelay(database, properties, client, tokens, breakers, meters, clock);
        }
    }
}
