package org.permanenceplatform.permanence.assessment;

import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assessment templates, read once at start-up from their configuration file; a bad file stops the service. */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    @Bean
    AssessmentTemplates assessmentTemplates() {
        return AssessmentTemplates.standard();
    }
}
