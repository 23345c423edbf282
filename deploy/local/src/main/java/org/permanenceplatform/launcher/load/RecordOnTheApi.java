package org.permanenceplatform.launcher.load;

import org.permanenceplatform.launcher.GatewayClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One child's record at the gateway as the loader changes it: the id, the version the next change must name, and the
 * record as last answered. Any answer other than 2xx stops the load with a {@link RefusedByTheApi}.
 */
final class RecordOnTheApi {

    static final String CHILDREN = "/api/permanence/children";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String localId;
    private String id;
    private long version;
    private JsonNode record;

    private RecordOnTheApi(String localId) {
        this.localId = localId;
    }

    /** Records the child (POST /children) and answers their record. */
    static RecordOnTheApi create(GatewayClient as, String localId, Map<String, Object> details) {
        RecordOnTheApi child = new RecordOnTheApi(localId);
        child.remember(child.send(as, "POST", CHILDREN, details));
        return child;
    }

    /** A change made from the current version: a PUT for the plan, a POST of an event for everything else. */
    void change(GatewayClient as, String path, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.putAll(fields);
        remember(send(as, path.equals("/plan") ? "PUT" : "POST", CHILDREN + "/" + id + path, body));
    }

    /** The id of the last item of one of the record's lists (placements, moves). */
    String lastIdOf(String list) {
        JsonNode items = record.get(list);
        return items.get(items.size() - 1).get("id").asString();
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
        String json = JSON.writeValueAsString(body);
        HttpResponse<String> answer = as.exchange(as.jsonWrite(path)
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
        if (answer.statusCode() < 200 || answer.statusCode() > 299) {
            throw new RefusedByTheApi(localId, method, path, json, answer.statusCode(), answer.body());
        }
        return JSON.readTree(answer.body());
    }
}
