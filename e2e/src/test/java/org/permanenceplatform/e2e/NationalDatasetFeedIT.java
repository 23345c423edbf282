package org.permanenceplatform.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.permanenceplatform.kit.pseudonym.ChildKeys;
import org.permanenceplatform.kit.testing.GatewaySession;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.launcher.Platform;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child recorded at permanence-service reaches the national dataset in outcomes-service through the outbox and
 * the relay, pseudonymised; and with outcomes-service stopped, nothing is lost: the event waits and flows when it
 * is back.
 */
@ExtendWith(RunningPlatform.class)
class NationalDatasetFeedIT {

    static final Duration PATIENCE = Duration.ofSeconds(120);

    static Platform platform;
    static MongoClient store;
    static ChildKeys keys;

    @BeforeAll
    static void connect(Platform running) throws Exception {
        WalkingSkeletonIT.platform(running); // the demo logins
        platform = running;
        store = MongoClients.create("mongodb://127.0.0.1:" + running.ports().store());
        keys = ChildKeys.fromBase64(running.secrets().pseudonymisationKey());
    }

    @AfterAll
    static void disconnect() {
        store.close();
    }

    static String record(String localId) {
        GatewaySession durham = new GatewaySession(platform.gatewayUrl());
        durham.signIn("practitioner.durham", WalkingSkeletonIT.logins.get("practitioner.durham"));
        Reply created = durham.post("/api/permanence/children", WalkingSkeletonIT.child(localId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return keys.keyOf("840", localId);
    }

    static Document nationalRecord(String childKey) {
        return store.getDatabase("outcomes").getCollection("ncpd_children").find(new Document("_id", childKey)).first();
    }

    static <T> T await(String what, Supplier<T> probe) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        T value = probe.get();
        while (value == null) {
            assertThat(Instant.now()).as("waited " + PATIENCE.toSeconds() + " s for " + what).isBefore(deadline);
            Thread.sleep(200);
            value = probe.get();
        }
        return value;
    }

    @Test
    void aRecordedChildReachesTheNationalDatasetUnderItsKeyAlone() throws Exception {
        String localId = "N" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
        String childKey = record(localId);

        Document national = await("the national record", () -> nationalRecord(childKey));
        assertThat(national).containsEntry("la", "840").containsEntry("birthMonth", "2021-11")
                .containsEntry("ethnicGroup", "BLACK").containsEntry("region", "E12000001");
        assertThat(national.toJson()).doesNotContain(localId, "Maya", "Okafor", "2021-11-20");
    }

    @Test
    void withOutcomesServiceStoppedTheEventWaitsAndFlowsWhenItReturns() throws Exception {
        platform.stop("outcomes-service");
        try {
            String childKey = record("W" + UUID.randomUUID().toString().replace("-", "").substring(0, 9));
            await("the backlog metric to show the waiting event", () -> backlog() >= 1 ? Boolean.TRUE : null);
            assertThat(nationalRecord(childKey)).isNull();

            platform.restart("outcomes-service");
            await("the national record after the restart", () -> nationalRecord(childKey));
        } finally {
            if (!isReady("outcomes-service")) {
                platform.restart("outcomes-service");
            }
        }
    }

    static boolean isReady(String application) {
        try {
            return new HttpApi(WalkingSkeletonIT.port(platform.managementUrl(application)))
                    .get("/actuator/health/readiness", null).status() == 200;
        } catch (IllegalStateException notAnswering) {
            return false;
        }
    }

    static long backlog() {
        HttpApi management = new HttpApi(WalkingSkeletonIT.port(platform.managementUrl("permanence-service")));
        String scrape = management.send(management.request("/actuator/prometheus", null)
                .setHeader("Accept", "text/plain;version=0.0.4")).body();
        Matcher matcher = Pattern.compile("events_outbox_backlog\\{[^}]*destination=\"outcomes-service\"[^}]*} ([0-9.]+)")
                .matcher(scrape);
        return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
    }
}
