package org.permanenceplatform.support;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Post-permanence support for every permanence family: requests, assessments, plans, services, allowances, breakdowns. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SupportServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SupportServiceApplication.class, args);
    }
}
