package org.permanenceplatform.kit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Settings every service shares (actuator exposure, probes, log pattern), added with the lowest precedence so a
 * service's own application.yml and the environment still win.
 */
public class ServiceKitDefaults implements EnvironmentPostProcessor {

    private static final String RESOURCE = "service-kit-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource("service-kit-defaults", new ClassPathResource(RESOURCE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
