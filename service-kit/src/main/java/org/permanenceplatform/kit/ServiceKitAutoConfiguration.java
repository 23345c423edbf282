package org.permanenceplatform.kit;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;

import java.time.Clock;

/** What every deployable gets by depending on service-kit, servlet or reactive. */
@AutoConfiguration
public class ServiceKitAutoConfiguration {

    /**
     * The one clock of the service; tests replace it to move time. Its zone is England's, so "today" (a due date, an
     * overdue flag) turns at midnight in England, summer time included; instants are zone-free either way.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Europe/London"));
    }

    /** Every metric carries the service's name, so one Prometheus can tell them apart. */
    @Bean
    MeterRegistryCustomizer<MeterRegistry> applicationTag(Environment environment) {
        String application = environment.getProperty("spring.application.name", "unnamed");
        return registry -> registry.config().commonTags("application", application);
    }

    /**
     * Public write APIs refuse what they do not understand: unknown fields, duplicate keys and nulls for numbers
     * are 400s naming the field. (Event and client readers opt out per type with ignoreUnknown.)
     */
    @Bean
    JsonMapperBuilderCustomizer strictRequests() {
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

}
