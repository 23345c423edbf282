package org.permanenceplatform.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.permanenceplatform.kit.testing.GatewaySession;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.launcher.Platform;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Permanence achieved at permanence-service, through the gateway, opens exactly one support case at
 * support-service, delivered by permanence-service's relay; the relay delivering the same event again (as after a
 * lease ran out mid-delivery) changes nothing.
 */
@ExtendWith(RunningPlatform.class)
class SupportReferralIT {

    static final Duration PATIENCE = Duration.ofSeconds(120);

    static Platform platform;
    static MongoClient store;

    @BeforeAll
    static void connect(Platform running) throws Exception {
        WalkingSkeletonIT.platform(running); // the demo logins
        platform = running;
        store = MongoClients.create("mongodb://127.0.0.1:" + running.ports().store());
    }

    @AfterAll
    static void disconnect() {
        store.close();
    }

    /** A child of Durham who returns home: recorded, in care, planned, and permanence achieved. */
    static String childWhoReturnsHome(String localId) {
        GatewaySession team = WalkingSkeletonIT.signedIn("practitioner.durham");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String id = ok(team.post("/api/permanence/children", WalkingSkeletonIT.child(localId)), 201)
                .get("id").asString();
        String children = "/api/permanence/children/" + id;
        ok(team.post(children + "/periods", """
                {"version": 1, "started": "%s", "legalStatus": "C2"}""".formatted(today.minusMonths(8))), 200);
        ok(team.put(children + "/plan", """
                {"version": 2, "primaryRoute": "RETURN_HOME", "decided": "%s", "reason": "Agreed at the review"}"""
                .formatted(today.minusMonths(6))), 200);
        ok(team.post(children + "/permanence", """
                {"version": 3, "route": "RETURN_HOME", "date": "%s", "orderType": "CARE_ORDER_DISCHARGED",
                 "reasonCeased": "E4A"}""".formatted(today)), 200);
        return id;
    }

    static JsonNode ok(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply.json();
    }

    /** The support cases of Durham's child, as Durham's support worker sees them through the gateway. */
    static List<JsonNode> supportCasesOf(GatewaySession support, String localId) {
        List<JsonNode> found = new ArrayList<>();
        ok(support.get("/api/support/cases"), 200).forEach(supportCase -> {
            if (supportCase.get("localChildId").asString().equals(localId)) {
                found.add(supportCase);
            }
        });
        return found;
    }

    @Test
    void permanenceAchievedOpensExactlyOneSupportCaseAndARedeliveryChangesNothing() {
        String localId = WalkingSkeletonIT.newLocalId();
        String childId = childWhoReturnsHome(localId);
        GatewaySession support = WalkingSkeletonIT.signedIn("support.durham");

        List<JsonNode> opened = await().atMost(PATIENCE).until(() -> supportCasesOf(support, localId),
                cases -> !cases.isEmpty());
        assertThat(opened).hasSize(1);
        JsonNode supportCase = opened.get(0);
        assertThat(supportCase.get("route").asString()).isEqualTo("RETURN_HOME");
        assertThat(supportCase.get("version").asLong()).isEqualTo(1);
        assertThat(supportCase.get("permanence")).hasSize(1);

        double duplicatesBefore = duplicatesReceived();
        redeliver(childId);
        await().atMost(PATIENCE).until(() -> duplicatesReceived() > duplicatesBefore);

        List<JsonNode> after = supportCasesOf(support, localId);
        assertThat(after).hasSize(1);
        assertThat(after.get(0)).isEqualTo(supportCase);
    }

    /**
     * Puts the child's permanence-achieved event back into its outbox at permanence-service, from the event log, as a
     * relay whose lease ran out after delivering would leave it: the relay delivers it again.
     */
    static void redeliver(String childId) {
        var permanence = store.getDatabase("permanence");
        Document logged = permanence.getCollection("event_log").find(Filters.and(
                Filters.eq("type", "la.permanence.achieved"), Filters.eq("aggregateId", childId))).first();
        assertThat(logged).as("the relay logs what it delivers").isNotNull();
        Document event = new Document(logged);
        event.remove("_id");
        event.remove("destinations");
        MongoCollection<Document> children = permanence.getCollection("children");
        children.updateOne(Filters.eq("_id", childId), Updates.push("outbox", new Document("entryKey",
                event.getString("id") + "@support-service").append("eventId", event.getString("id"))
                .append("destination", "support-service").append("event", event)));
    }

    /** How many permanence-achieved events support-service has received and found already applied. */
    static double duplicatesReceived() {
        HttpApi management = new HttpApi(WalkingSkeletonIT.port(platform.managementUrl("support-service")));
        String scrape = management.send(management.request("/actuator/prometheus", null)
                .setHeader("Accept", "text/plain;version=0.0.4")).body();
        Matcher matcher = Pattern.compile("events_received_total\\{(?=[^}]*outcome=\"duplicate\")"
                + "(?=[^}]*type=\"la.permanence.achieved\")[^}]*} ([0-9.]+)").matcher(scrape);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
