package org.permanenceplatform.gateway.web.support;

import org.springframework.util.MultiValueMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every form on a support case page: the call it makes and the fields it sends. Paths may name form fields in braces
 * ({requestId}); those are taken from the form. Ticked boxes are sent as true, unticked as false.
 */
final class SupportForms {

    /**
     * @param each the path field naming which of several copies of the form on the page was sent (a review form for
     *             each plan), or null when the page has one
     */
    record Form(String name, String path, List<String> fields, List<String> ticks, String each) {

        /** Which form on the page was sent: its name, and for a form shown with each plan, that plan's id. */
        String key(MultiValueMap<String, String> values) {
            return each == null ? name : name + "-" + values.getFirst(each);
        }
    }

    private static final Pattern PATH_FIELD = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private static final Map<String, Form> FORMS = Map.of(
            "request", form("request", "/requests", "received", "requester", "category", "urgency", "summary"),
            "first-response", form("first-response", "/requests/{requestId}/first-response", "date"),
            "assessment", form("assessment", "/assessments", "requestId", "completed", "needs"),
            "plan", form("plan", "/plans", "assessmentId", "agreed", "reviewDue"),
            "service", form("service", "/plans/{planId}/services", "requestId", "provider", "description", "start",
                    "end", "weeklyCost", "fundingSource"),
            "allowance", form("allowance", "/allowances", "kind", "amount", "frequency", "start", "end",
                    "reviewDate"),
            "risk-flag", form("risk-flag", "/risk-flags", "raised", "note"),
            "review", new Form("review", "/plans/{planId}/reviews", List.of("held", "outcome", "nextReview"),
                    List.of(), "planId"),
            "breakdown", new Form("breakdown", "/breakdowns", List.of("date", "note"), List.of("cameBackIntoCare"),
                    null));

    private SupportForms() {
    }

    private static Form form(String name, String path, String... fields) {
        return new Form(name, path, List.of(fields), List.of(), null);
    }

    static Optional<Form> named(String name) {
        return Optional.ofNullable(FORMS.get(name));
    }

    /** The form's path with the ids it names, or empty when one is not a plain id. */
    static Optional<String> path(Form form, MultiValueMap<String, String> values) {
        Matcher matcher = PATH_FIELD.matcher(form.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = String.valueOf(values.getFirst(matcher.group(1))).strip();
            if (!ID.matcher(value).matches()) {
                return Optional.empty();
            }
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return Optional.of(path.toString());
    }

    static Map<String, Object> body(Form form, MultiValueMap<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", values.getFirst("version"));
        for (String field : form.fields()) {
            String value = values.getFirst(field);
            if (value != null && !value.isBlank() && !form.path().contains("{" + field + "}")) {
                body.put(field, value.strip());
            }
        }
        form.ticks().forEach(tick -> body.put(tick, "true".equals(values.getFirst(tick))));
        return body;
    }

    /** The problem's fields at fault, or its detail when it names none (a conflict: someone else changed this). */
    static List<Map<String, String>> errors(SupportClient.Answer answer) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (answer.status() == 409) {
            errors.add(Map.of("field", "version", "message", "Someone else changed this case while you were"
                    + " working on it. Your change was not saved: check the case below and make it again."));
            return errors;
        }
        if (answer.object().get("errors") instanceof List<?> fields) {
            for (Object field : fields) {
                if (field instanceof Map<?, ?> problem) {
                    errors.add(Map.of("field", String.valueOf(problem.get("field")),
                            "message", problem.get("field") + ": " + problem.get("message")));
                }
            }
        }
        if (errors.isEmpty()) {
            errors.add(Map.of("field", "", "message", String.valueOf(answer.object().getOrDefault("detail",
                    "The change was refused."))));
        }
        return errors;
    }
}
