package org.permanenceplatform.permanence;

import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.permanence.RecordFixtures.Ref;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds prospective adopter households through the API, as the team and the decision maker would, so a test can
 * start from a household in a given state. Every step must succeed.
 */
public final class AdopterFixtures {

    public static final String ADOPTERS = "/api/permanence/adopters";

    private final HttpApi api;
    private final RecordFixtures records;

    public AdopterFixtures(HttpApi api) {
        this.api = api;
        this.records = new RecordFixtures(api);
    }

    public LocalDate today() {
        return records.today();
    }

    public String token(String role, String la) {
        return records.token(role, la);
    }

    public static String household(LocalDate registeredInterest) {
        return """
                {"adults": ["Sam Green", "Alex Green"], "address": "2 Mill Lane, Durham",
                 "registeredInterest": "%s", "allocatedWorker": "Jo Social"}""".formatted(registeredInterest);
    }

    /** A household that registered its interest on that day. */
    public Ref registered(String la, LocalDate registeredInterest) {
        Reply created = api.post(ADOPTERS, token("PRACTITIONER", la), household(registeredInterest));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Ref(created.json().get("id").asString(), created.json().get("version").asLong(), created.json());
    }

    /** A household whose approval assessment started on the day it registered its interest. */
    public Ref started(String la, LocalDate registeredInterest) {
        return act("PRACTITIONER", la, registered(la, registeredInterest), "/assessment",
                "\"started\": \"%s\"".formatted(registeredInterest));
    }

    /** Stage one, stage two and the panel done and the panel's recommendation recorded, all in the past 8 months. */
    public Ref readyForDecision(String la) {
        LocalDate start = today().minusMonths(8);
        Ref household = started(la, start);
        household = completed(la, household, "stage-one", start.plusMonths(2));
        household = completed(la, household, "stage-two", start.plusMonths(6));
        household = completed(la, household, "panel", today().minusDays(3));
        return act("PRACTITIONER", la, household, "/assessment/recommendation",
                "\"recommendation\": \"Approve for one child aged 0 to 4\"");
    }

    public Ref completed(String la, Ref household, String stage, LocalDate on) {
        return act("PRACTITIONER", la, household, "/assessment/stages/" + stage + "/complete",
                "\"completedOn\": \"%s\"".formatted(on));
    }

    /** Calls a change on the household as a role; the change must succeed. */
    public Ref act(String role, String la, Ref household, String path, String fields) {
        Reply reply = post(role, la, household, path, fields);
        assertThat(reply.status()).as(path + " as " + role + ": " + reply).isBetween(200, 299);
        return new Ref(household.id(), reply.json().get("version").asLong(), reply.json());
    }

    public Reply post(String role, String la, Ref household, String path, String fields) {
        return change(token(role, la), household, path, fields);
    }

    /** A change with any token, from the household's version. */
    public Reply change(String token, Ref household, String path, String fields) {
        String body = "{\"version\": " + household.version() + (fields.isBlank() ? "" : ", " + fields) + "}";
        return api.post(ADOPTERS + "/" + household.id() + path, token, body);
    }
}
