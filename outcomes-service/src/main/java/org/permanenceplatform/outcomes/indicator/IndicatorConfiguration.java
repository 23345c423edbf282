package org.permanenceplatform.outcomes.indicator;

import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indicator catalogue, as configured. */
@Configuration
class IndicatorConfiguration {

    @Bean
    IndicatorCatalogue indicatorCatalogue(IndicatorSettings settings) {
        return new IndicatorCatalogue(settings.supportFirstResponseDays());
    }
}
