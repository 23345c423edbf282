package org.permanenceplatform.gateway.web.support;

import org.springframework.util.MultiValueMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form that opens a support case by hand, for a family whose permanence the platform did not see (it predates the
 * platform, say): what it sends to {@code POST /api/support/cases}, and the refusal as the form's fields name it.
 */
final class OpenCaseForm {

    static final String NAME = "open";
    private static final List<String> FIELDS = List.of("localChildId", "givenName", "familyName", "dateOfBirth",
            "route", "orderDate", "orderType", "address");
    /** The API's names for the one adult the form asks about, and the form's. */
    private static final Map<String, String> ADULT = Map.of("adults[0].name", "adultName",
            "adults[0].relationshipToChild", "adultRelationship");

    static final List<Map<String, String>> ROUTES = List.of(
            Map.of("code", "ADOPTION", "label", "Adoption"),
            Map.of("code", "SPECIAL_GUARDIANSHIP", "label", "Special guardianship"),
            Map.of("code", "KINSHIP", "label", "Kinship care"),
            Map.of("code", "LONG_TERM_FOSTERING", "label", "Long-term fostering"),
            Map.of("code", "RETURN_HOME", "label", "Return home"));

    private OpenCaseForm() {
    }

    static Map<String, Object> body(MultiValueMap<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : FIELDS) {
            given(values, field).ifPresent(value -> body.put(field, value));
        }
        given(values, "adultName").ifPresent(name -> {
            Map<String, String> adult = new LinkedHashMap<>();
            adult.put("name", name);
            given(values, "adultRelationship").ifPresent(relationship -> adult.put("relationshipToChild",
                    relationship));
            body.put("adults", List.of(adult));
        });
        return body;
    }

    /** The fields at fault, named as the form names them; a case the child already has says so. */
    static List<Map<String, String>> errors(SupportClient.Answer answer) {
        if (answer.status() == 409) {
            return List.of(Map.of("field", "localChildId", "message", "localChildId: this child already has a"
                    + " support case. Find it in the list of support cases below."));
        }
        List<Map<String, String>> errors = new ArrayList<>();
        for (Map<String, String> error : SupportForms.errors(answer)) {
            String field = ADULT.getOrDefault(error.get("field"), error.get("field"));
            errors.add(Map.of("field", field, "message", error.get("message")));
        }
        return errors;
    }

    private static Optional<String> given(MultiValueMap<String, String> values, String field) {
        String value = values.getFirst(field);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
