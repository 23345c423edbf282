package org.permanenceplatform.e2e;

import org.permanenceplatform.generator.journey.Assessment;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.EducationYear;
import org.permanenceplatform.generator.journey.SupportRequest;
import org.permanenceplatform.launcher.GatewayClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a loaded child's record holds, set against what the generator produced for them: each assessment by its
 * route and start, the stages completed on the generated days, the routes closed as not approved, the school years
 * the virtual school recorded, and the support requests and breakdowns on the family's support case. Counts what it compared, so that a test can show it compared something.
 */
final class GeneratedRecordsHeld {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GatewayClient reader;
    private int assessments;
    private int stagesCompleted;
    private int schoolYears;
    private int supportRequests;
    private int breakdowns;

    GeneratedRecordsHeld(GatewayClient reader) {
        this.reader = reader;
    }

    /** Checks the child's record on the platform, {@code id}, against the generated child. */
    void check(Child child, String id) {
        HttpResponse<String> answer = reader.exchangePatiently(reader.jsonRead("/api/permanence/children/" + id));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode record = JSON.readTree(answer.body());
        checkAssessments(child, record.get("assessments"));
        List<Integer> years = new ArrayList<>();
        for (JsonNode year : record.get("education")) {
            JsonNode written = year.get("year");
            years.add(written.isObject() ? written.get("startYear").asInt()
                    : Integer.parseInt(written.asString().substring(0, 4)));
        }
        assertThat(years).as("child %s: the school years held", child.childId())
                .isEqualTo(child.education().stream().map(EducationYear::startYear).toList());
        schoolYears += years.size();
    }

    private void checkAssessments(Child child, JsonNode held) {
        assertThat(held.size()).as("child %s: the assessments held", child.childId())
                .isEqualTo(child.assessments().size());
        for (int i = 0; i < held.size(); i++) {
            JsonNode view = held.get(i);
            Assessment generated = child.assessments().get(i);
            String which = "child " + child.childId() + ": assessment " + i;
            assertThat(view.get("type").asString()).as(which).isEqualTo(generated.route().name());
            assertThat(view.get("started").asString()).as(which).isEqualTo(generated.started().toString());
            if ("NOT_APPROVED".equals(generated.outcome())) {
                assertThat(view.get("outcome").asString()).as(which).isEqualTo("NOT_APPROVED");
            }
            Map<String, String> completed = new HashMap<>();
            for (JsonNode stage : view.get("stages")) {
                JsonNode on = stage.get("completedOn");
                completed.put(stage.get("key").asString(), on == null || on.isNull() ? null : on.asString());
            }
            for (Assessment.Stage stage : generated.stages()) {
                if (stage.completed() != null) {
                    assertThat(completed.get(stage.key())).as(which + " stage " + stage.key())
                            .isEqualTo(stage.completed().toString());
                    stagesCompleted++;
                }
            }
            assessments++;
        }
    }

    /**
     * The support cases the LA's support worker reads hold each loaded child's requests (with the days that stopped
     * their clocks) and breakdowns as generated; a child with neither may have a case, but it holds nothing.
     */
    void checkSupport(GatewayClient worker, Collection<Child> children) {
        HttpResponse<String> answer = worker.exchangePatiently(worker.jsonRead("/api/support/cases"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Map<String, JsonNode> cases = new HashMap<>();
        JSON.readTree(answer.body()).forEach(held -> cases.put(held.get("localChildId").asString(), held));
        for (Child child : children) {
            JsonNode held = cases.get(child.childId());
            if (held == null) {
                assertThat(child.supportRequests()).as("child %s has no support case", child.childId()).isEmpty();
                assertThat(child.breakdowns()).as("child %s has no support case", child.childId()).isEmpty();
                continue;
            }
            List<String> requests = new ArrayList<>();
            held.get("requests").forEach(view -> requests.add(request(view.get("request"))));
            assertThat(requests).as("child %s: the support requests held", child.childId())
                    .isEqualTo(child.supportRequests().stream().map(GeneratedRecordsHeld::request).toList());
            assertThat(held.get("breakdowns").size()).as("child %s: breakdowns", child.childId())
                    .isEqualTo(child.breakdowns().size());
            supportRequests += requests.size();
            breakdowns += child.breakdowns().size();
        }
    }

    private static String request(SupportRequest generated) {
        return String.join(" ", String.valueOf(generated.received()), generated.category(), generated.urgency(),
                String.valueOf(generated.firstResponse()), String.valueOf(generated.assessed()),
                String.valueOf(generated.serviceStarted()));
    }

    private static String request(JsonNode held) {
        return String.join(" ", held.get("received").asString(), held.get("category").asString(),
                held.get("urgency").asString(), date(held, "firstResponse"), date(held, "assessed"),
                date(held, "serviceStarted"));
    }

    private static String date(JsonNode held, String field) {
        JsonNode date = held.get(field);
        return date == null || date.isNull() ? "null" : date.asString();
    }

    int supportRequests() {
        return supportRequests;
    }

    int breakdowns() {
        return breakdowns;
    }

    int assessments() {
        return assessments;
    }

    int stagesCompleted() {
        return stagesCompleted;
    }

    int schoolYears() {
        return schoolYears;
    }
}
