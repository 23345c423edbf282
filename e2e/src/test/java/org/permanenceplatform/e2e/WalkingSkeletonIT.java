package org.permanenceplatform.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.permanenceplatform.kit.testing.GatewaySession;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.launcher.Platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton, end to end: the real jars as processes, a person signing in at the gateway, a child recorded
 * and read through it, and the services refusing anyone who comes round the gateway without a token.
 */
@ExtendWith(RunningPlatform.class)
class WalkingSkeletonIT {

    static Platform platform;
    static Map<String, String> logins;

    @BeforeAll
    static void platform(Platform running) throws IOException {
        platform = running;
        logins = Files.readAllLines(running.dataDirectory().resolve("gateway/demo-logins.txt"), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.trim().split("\\s+"))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1]));
    }

    static GatewaySession signedIn(String username) {
        GatewaySession session = new GatewaySession(platform.gatewayUrl());
        session.signIn(username, logins.get(username));
        return session;
    }

    static String child(String localId) {
        return """
                {"localChildId": "%s", "givenName": "Maya", "familyName": "Okafor",
                 "dateOfBirth": "2021-11-20", "sex": "FEMALE", "ethnicity": "BAFR"}""".formatted(localId);
    }

    static String newLocalId() {
        return "E" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
    }

    @Test
    void aPractitionerRecordsAChildThroughTheGatewayAndReadsItBack() {
        GatewaySession durham = signedIn("practitioner.durham");
        String localId = newLocalId();

        Reply created = durham.post("/api/permanence/children", child(localId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();

        Reply read = durham.get("/api/permanence/children/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("localChildId").asString()).isEqualTo(localId);
        assertThat(read.json().get("laCode").asString()).isEqualTo("840");
    }

    @Test
    void anotherLasPractitionerGets404() {
        String id = signedIn("practitioner.durham").post("/api/permanence/children", child(newLocalId()))
                .json().get("id").asString();

        Reply fromDarlington = signedIn("practitioner.darlington").get("/api/permanence/children/" + id);
        assertThat(fromDarlington.status()).isEqualTo(404);
        assertThat(fromDarlington.contentType()).startsWith("application/problem+json");
        Reply fromCamden = signedIn("practitioner.camden").get("/api/permanence/children/" + id);
        assertThat(fromCamden.status()).isEqualTo(404);
    }

    @Test
    void aServiceCalledDirectlyWithoutATokenAnswers401() {
        for (String service : Platform.APPLICATIONS.subList(1, Platform.APPLICATIONS.size())) {
            String prefix = "/api/" + service.substring(0, service.indexOf('-'));
            Reply reply = new HttpApi(port(platform.serviceUrl(service))).get(prefix + "/children", null);
            assertThat(reply.status()).as(service).isEqualTo(401);
            assertThat(reply.contentType()).as(service).startsWith("application/problem+json");
        }
    }

    @Test
    void aServiceCalledDirectlyWithAForgedTokenAnswers401() {
        String forged = new org.permanenceplatform.kit.testing.TestTokens("permanence-service")
                .practitioner("840"); // signed with a key the gateway never published
        Reply reply = new HttpApi(port(platform.serviceUrl("permanence-service")))
                .get("/api/permanence/children", forged);
        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void everyProcessIsReady() {
        for (String application : Platform.APPLICATIONS) {
            Reply readiness = new HttpApi(port(platform.managementUrl(application)))
                    .get("/actuator/health/readiness", null);
            assertThat(readiness.status()).as(application).isEqualTo(200);
        }
    }

    static int port(String url) {
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
    }
}
