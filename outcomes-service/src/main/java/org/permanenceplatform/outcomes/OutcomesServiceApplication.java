package org.permanenceplatform.outcomes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The national child permanence dataset (pseudonymised) and its indicators, with disclosure control and exports. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OutcomesServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(OutcomesServiceApplication.class, args);
    }
}
