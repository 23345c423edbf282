package org.permanenceplatform.outcomes;

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
    OpenAPI outcomesServiceApi() {
        return new OpenAPI()
                .info(new Info().title("outcomes-service").version("1")
                        .description("The national child permanence dataset's indicators: what each means, its"
                                + " figures and exports as the caller may see them (disclosure-controlled beyond an"
                                + " LA's own), and the board challenge log. Aggregates only: no child key and no"
                                + " child-level row. Errors are RFC 9457 problems (docs/api/problems.md); every"
                                + " change to a challenge names the version it was made from."))
                .components(new Components().addSecuritySchemes("gateway-token", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("gateway-token"));
    }
}
