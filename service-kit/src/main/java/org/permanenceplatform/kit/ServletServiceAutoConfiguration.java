package org.permanenceplatform.kit;

import com.mongodb.client.MongoDatabase;
import org.permanenceplatform.kit.audit.AuditLog;
import org.permanenceplatform.kit.audit.AuditResponseAdvice;
import org.permanenceplatform.kit.audit.AuditSearchResource;
import org.permanenceplatform.kit.problem.ProblemHandler;
import org.permanenceplatform.kit.web.CorrelationIdFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import java.time.Clock;

/**
 * What a servlet (Spring MVC) service gets: problem+json for every error, correlation ids on every request, and the
 * audit log written for every {@link org.permanenceplatform.kit.audit.Audited} answer.
 */
@AutoConfiguration(afterName = "org.permanenceplatform.kit.store.StoreAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemHandler.class)
public class ServletServiceAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoDatabase.class)
    AuditLog auditLog(MongoDatabase database, Clock clock, Environment environment) {
        return new AuditLog(database, clock, environment.getProperty("spring.application.name", "unnamed"));
    }

    @Bean
    @ConditionalOnBean(AuditLog.class)
    AuditResponseAdvice auditResponseAdvice(AuditLog log) {
        return new AuditResponseAdvice(log);
    }

    /** Administrators search the audit log at {@code platform.audit.search-path}, where a service sets one. */
    @Bean
    @ConditionalOnBean(MongoDatabase.class)
    @ConditionalOnProperty("platform.audit.search-path")
    AuditSearchResource auditSearch(MongoDatabase database) {
        return new AuditSearchResource(database);
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
