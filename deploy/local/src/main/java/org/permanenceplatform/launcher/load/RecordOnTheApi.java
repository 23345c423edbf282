package org.permanenceplatform.launcher.load;

import org.permanenceplatform.launcher.GatewayClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One child's record at the gateway as the loader changes it (the permanence record, or the family's support case):
 * the id, the version the next change must name, and the record as last answered. Any answer other than 2xx stops the
 * load with a {@link RefusedByTheApi}.
 */
final class RecordOnTheApi {

    static final String CHILDREN = "/api/permanence/children";
    static final String SUPPORT_CASES = "/api/support/cases";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration BETWEEN_LOOKS = Duration.ofMillis(200);
    private static final int CONFLICT = 409;
    private static final int ATTEMPTS_ON_CONFLICT = 3;

    private final String localId;
    private final String base;
    private String id;
    private long version;
    private JsonNode record;

    private RecordOnTheApi(String localId, String base) {
        this.localId = localId;
        this.base = base;
    }

    /** Records the child (POST /children) and answers their record. */
    static RecordOnTheApi create(GatewayClient as, String localId, Map<String, Object> details) {
        RecordOnTheApi child = new RecordOnTheApi(localId, CHILDREN);
        child.remember(child.send(as, "POST", CHILDREN, details));
        return child;
    }

    /**
     * The child's support case, which the platform opens when it hears of their permanence: looked for among the
     * cases {@code as} may read until it is there, for at most {@code patience}.
     */
    static RecordOnTheApi supportCase(GatewayClient as, String localId, Duration patience) {
        RecordOnTheApi supportCase = new RecordOnTheApi(localId, SUPPORT_CASES);
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            for (JsonNode held : supportCase.send(as, "GET", SUPPORT_CASES, null)) {
                if (localId.equals(held.get("localChildId").asString())) {
                    supportCase.remember(held);
                    return supportCase;
                }
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("Child " + localId + ": no support case was opened within "
                        + patience + " of their permanence");
            }
            pause();
        }
    }

    /** A change made from the current version: a PUT for the plan, a POST of an event for everything else. */
    void change(GatewayClient as, String path, Map<String, Object> fields) {
        changeFromTheLatest(as, path.equals("/plan") ? "PUT" : "POST", path, fields);
    }

    /** A PUT of the facts kept at {@code path} (a school year's), replacing what was there, from the current version. */
    void replace(GatewayClient as, String path, Map<String, Object> fields) {
        changeFromTheLatest(as, "PUT", path, fields);
    }

    /**
     * Makes a change from the version last seen. The platform also changes records itself (a support case hears of
     * a child's later permanence while the loader works on it), so a 409 is met as a person would meet it: reload
     * the record and make the change again from its new version, a few times at most. Nothing was written by the
     * refused attempt, so trying again cannot make the change twice.
     */
    private void changeFromTheLatest(GatewayClient as, String method, String path, Map<String, Object> fields) {
        for (int attempt = 1; ; attempt++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("version", version);
            body.putAll(fields);
            try {
                remember(send(as, method, base + "/" + id + path, body));
                return;
            } catch (RefusedByTheApi refused) {
                if (refused.status() != CONFLICT || attempt == ATTEMPTS_ON_CONFLICT) {
                    throw refused;
                }
                remember(send(as, "GET", base + "/" + id, null));
            }
        }
    }

    /**
     * The id of the last item of one of the record's lists (placements, moves, assessments), or of the part of it
     * named by {@code within} (a support case's requests are shown as {@code {"request": {"id": ...}, ...}}).
     */
    String lastIdOf(String list, String... within) {
        JsonNode items = record.get(list);
        JsonNode item = items.get(items.size() - 1);
        for (String part : within) {
            item = item.get(part);
        }
        return item.get("id").asString();
    }

    String id() {
        return id;
    }

    private void remember(JsonNode answer) {
        id = answer.get("id").asString();
        version = answer.get("version").asLong();
        record = answer;
    }

    private JsonNode send(GatewayClient as, String method, String path, Map<String, Object> body) {
        String json = body == null ? "" : JSON.writeValueAsString(body);
        HttpResponse<String> answer = as.exchangePatiently(body == null ? as.jsonRead(path) : as.jsonWrite(path)
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
        if (answer.statusCode() < 200 || answer.statusCode() > 299) {
            throw new RefusedByTheApi(localId, method, path, json, answer.statusCode(), answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private static void pause() {
        try {
            Thread.sleep(BETWEEN_LOOKS.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
