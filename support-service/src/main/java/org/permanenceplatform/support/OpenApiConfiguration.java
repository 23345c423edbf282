package org.permanenceplatform.support;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.permanenceplatform.kit.security.CurrentUser;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's heading and security: every operation needs the gateway's bearer token. The caller
 * ({@link CurrentUser}) comes from that token, never from a parameter, so the description leaves it out.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    @Bean
    OpenAPI supportServiceApi() {
        return new OpenAPI()
                .info(new Info().title("support-service").version("1")
                        .description("Post-permanence support for one local authority: support cases opened when a"
                                + " child achieves permanence, requests with their clocks, needs assessments,"
                                + " support plans and services, allowances, risk flags and breakdowns, the support"
                                + " worker's queue and dashboard. Errors are RFC 9457 problems (docs/api/problems.md);"
                                + " every change names the case version it was made from."))
                .components(new Components().addSecuritySchemes("gateway-token", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("gateway-token"));
    }
}
