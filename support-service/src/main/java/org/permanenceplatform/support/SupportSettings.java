package org.permanenceplatform.support;

import org.permanenceplatform.support.allowance.domain.AllowanceKind;
import org.permanenceplatform.support.allowance.domain.AllowanceMinimums;
import org.permanenceplatform.support.request.domain.SupportStandards;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The LA's support standards and the national minimum allowances, from {@code platform.support} (defaults in
 * application.yml).
 *
 * @param standards         days to each clock of a support request
 * @param allowanceMinimums pounds a week, by kind of allowance
 */
@ConfigurationProperties("platform.support")
public record SupportSettings(Standards standards, Map<AllowanceKind, BigDecimal> allowanceMinimums) {

    public record Standards(int firstResponseDays, int urgentFirstResponseDays, int needsAssessmentDays,
                            int serviceStartDays, int dueSoonDays) {
    }

    public SupportSettings {
        if (standards == null) {
            throw new IllegalStateException("Set platform.support.standards (days to each clock of a request)");
        }
        allowanceMinimums = allowanceMinimums == null ? Map.of() : Map.copyOf(allowanceMinimums);
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        SupportStandards supportStandards(SupportSettings settings) {
            Standards days = settings.standards();
            return new SupportStandards(days.firstResponseDays(), days.urgentFirstResponseDays(),
                    days.needsAssessmentDays(), days.serviceStartDays(), days.dueSoonDays());
        }

        @Bean
        AllowanceMinimums allowanceMinimums(SupportSettings settings) {
            return new AllowanceMinimums(settings.allowanceMinimums());
        }
    }
}
