package org.permanenceplatform.outcomes;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.kit.testing.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description is served to signed-in callers, and the copy in {@code docs/api/} is the one served: a
 * change to the API that is not written back fails here. To write it back, run this test with
 * {@code -Dopenapi.write=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest {

    static final Path CHECKED_IN = Path.of("..", "docs", "api", "outcomes-service.openapi.json");
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "openapi");
    }

    @LocalServerPort
    int port;

    @Test
    void theServedDescriptionIsTheOneCheckedIn() throws IOException {
        HttpApi api = new HttpApi(port);
        assertThat(api.get("/api/outcomes/openapi", null).status()).isEqualTo(401);
        Reply served = api.get("/api/outcomes/openapi", new TestTokens("outcomes-service").practitioner("840"));
        assertThat(served.status()).isEqualTo(200);
        JsonNode description = served.json();
        assertThat(description.at("/paths").has("/api/outcomes/challenges/{id}/answer")).isTrue();
        ((tools.jackson.databind.node.ObjectNode) description).remove("servers");
        String text = JSON.writeValueAsString(description) + "\n";
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(CHECKED_IN, text);
        }
        assertThat(Files.readString(CHECKED_IN)).as("docs/api/outcomes-service.openapi.json is out of date: run "
                + "OpenApiDocumentTest with -Dopenapi.write=true and commit it").isEqualTo(text);
    }
}
