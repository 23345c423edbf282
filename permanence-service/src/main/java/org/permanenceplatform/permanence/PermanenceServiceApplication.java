package org.permanenceplatform.permanence;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Children, permanence plans, assessments and their clocks, placements, carers, matching, orders. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PermanenceServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PermanenceServiceApplication.class, args);
    }
}
