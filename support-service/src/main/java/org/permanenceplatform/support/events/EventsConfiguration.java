package org.permanenceplatform.support.events;

import org.permanenceplatform.kit.events.EventRoutes;
import org.permanenceplatform.kit.pseudonym.ChildKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EventsConfiguration {

    @Bean
    ChildKeys childKeys(@Value("${platform.pseudonymisation.key:}") String secret) {
        if (secret.isBlank()) {
            throw new IllegalStateException("Set PLATFORM_PSEUDONYMISATION_KEY (base64, at least 32 bytes): "
                    + "it keys the national dataset's child keys, the same key as permanence-service's");
        }
        return ChildKeys.fromBase64(secret);
    }

    @Bean
    EventRoutes eventRoutes() {
        return EventRoutes.platform();
    }
}
