package org.permanenceplatform.gateway.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/** GOV.UK Frontend's fonts and images, where its stylesheet looks for them ({@code /assets/}). */
@Configuration
class Assets implements WebFluxConfigurer {

    static final String GOVUK_FRONTEND = "classpath:/META-INF/resources/webjars/govuk-frontend/5.10.0/dist/govuk/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK_FRONTEND + "assets/");
    }
}
