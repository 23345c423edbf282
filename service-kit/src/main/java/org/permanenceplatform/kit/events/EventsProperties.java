package org.permanenceplatform.kit.events;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How a producing service relays its outboxes.
 *
 * @param collections   the aggregate collections that have an embedded outbox
 * @param destinations  each receiving service's base URL, e.g. {@code outcomes-service: http://127.0.0.1:8083}
 * @param pollInterval  how often the relay looks for pending events
 * @param lease         how long a relay instance holds an aggregate it is delivering
 * @param maxBackoff    the longest wait before an aggregate whose delivery failed is tried again
 * @param tokenUri      where the relay gets its service token (the gateway's token endpoint)
 * @param clientSecret  the service's client secret at that endpoint (from the environment)
 */
@ConfigurationProperties("platform.events.relay")
public record EventsProperties(List<String> collections, Map<String, String> destinations, Duration pollInterval,
                               Duration lease, Duration maxBackoff, String tokenUri, String clientSecret) {

    public EventsProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        destinations = destinations == null ? Map.of() : Map.copyOf(destinations);
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(1) : maxBackoff;
    }
}
