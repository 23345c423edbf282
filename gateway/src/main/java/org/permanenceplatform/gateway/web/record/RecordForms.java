package org.permanenceplatform.gateway.web.record;

import org.permanenceplatform.gateway.web.record.RecordActions.Action;
import org.permanenceplatform.gateway.web.record.RecordClient.Answer;
import org.springframework.util.MultiValueMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a record form into the service's JSON, and the service's problem back into a GOV.UK error summary. */
final class RecordForms {

    private RecordForms() {
    }

    static Map<String, Object> body(Action action, MultiValueMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", form.getFirst("version"));
        for (String field : action.fields()) {
            String value = form.getFirst(field);
            if (action.booleans().contains(field)) {
                if (value != null) {
                    body.put(field, "true".equals(value));
                }
            } else if (value != null && !value.isBlank()) {
                body.put(field, value.strip());
            }
        }
        if (action.household()) {
            String name = form.getFirst("adultName");
            if (name != null && !name.isBlank()) {
                body.put("household", Map.of(
                        "adults", List.of(Map.of("name", name.strip(),
                                "relationshipToChild", String.valueOf(form.getFirst("adultRelationship")).strip())),
                        "address", String.valueOf(form.getFirst("address") == null ? "" : form.getFirst("address")),
                        "kinship", "true".equals(form.getFirst("kinship"))));
            }
        }
        return body;
    }

    /** The problem's fields at fault, or its detail when it names none (a conflict: someone else changed this). */
    @SuppressWarnings("unchecked")
    static List<Map<String, String>> errors(Answer answer) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (answer.status() == 409) {
            errors.add(Map.of("field", "version", "message", "Someone else changed this record while you were"
                    + " working on it. Your change was not saved: check the record below and make it again."));
            return errors;
        }
        Object listed = answer.body().get("errors");
        if (listed instanceof List<?> fields) {
            for (Object field : fields) {
                Map<String, Object> problem = (Map<String, Object>) field;
                errors.add(Map.of("field", String.valueOf(problem.get("field")),
                        "message", String.valueOf(problem.get("message"))));
            }
        }
        if (errors.isEmpty()) {
            errors.add(Map.of("field", "", "message", String.valueOf(answer.body().getOrDefault("detail",
                    "The change was refused."))));
        }
        return errors;
    }
}
