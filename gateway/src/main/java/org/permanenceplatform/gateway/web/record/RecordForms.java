package org.permanenceplatform.gateway.web.record;

import org.permanenceplatform.gateway.web.record.RecordClient.Answer;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a record form into the service's JSON, and the service's problem back into a GOV.UK error summary. */
public final class RecordForms {

    /** What an id (or a code in a query) may look like. */
    public static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern PATH_FIELD = Pattern.compile("\\{([a-zA-Z]+)}");

    private RecordForms() {
    }

    public static Map<String, Object> body(FormAction action, MultiValueMap<String, String> form) {
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
    public static List<Map<String, String>> errors(Answer answer) {
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

    /** The action's path with the ids its form names, each checked to be a plain id. */
    public static String path(FormAction action, MultiValueMap<String, String> form) {
        Matcher matcher = PATH_FIELD.matcher(action.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = form.getFirst(matcher.group(1));
            matcher.appendReplacement(path, Matcher.quoteReplacement(safe(value == null ? "" : value.strip())));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** The id, checked to be a plain id (404 otherwise), as a path segment. */
    public static String safe(String id) {
        if (!SAFE.matcher(id).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
