package org.permanenceplatform.gateway.web.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The options of the support forms' lists: support-service's code lists (as it names them) with their labels, and
 * the case's own requests, assessments and plans to choose from.
 */
final class SupportChoices {

    static final Map<String, List<Map<String, String>>> CODES = Map.of(
            "requesters", options("FAMILY", "The family", "SCHOOL", "The school", "PROFESSIONAL", "A professional"),
            "categories", options("THERAPEUTIC", "Therapeutic", "FINANCIAL", "Financial", "CONTACT", "Contact",
                    "EDUCATION", "Education", "RESPITE", "Respite", "TRAINING", "Training", "PEER_SUPPORT",
                    "Peer support", "CRISIS", "Crisis"),
            "urgencies", options("ROUTINE", "Routine", "URGENT", "Urgent"),
            "fundingSources", options("LA_BUDGET", "The LA's own budget",
                    "ADOPTION_AND_SPECIAL_GUARDIANSHIP_SUPPORT_FUND", "Adoption and Special Guardianship Support Fund",
                    "HEALTH", "Health", "EDUCATION", "Education", "OTHER", "Other"),
            "allowanceKinds", options("ADOPTION", "Adoption allowance", "SPECIAL_GUARDIANSHIP",
                    "Special guardianship allowance", "KINSHIP", "Kinship allowance", "STAYING_PUT", "Staying Put"),
            "frequencies", options("WEEKLY", "Weekly", "FORTNIGHTLY", "Fortnightly", "FOUR_WEEKLY", "Every four weeks",
                    "MONTHLY", "Monthly", "ANNUALLY", "Annually"));

    private SupportChoices() {
    }

    private static List<Map<String, String>> options(String... codesAndLabels) {
        List<Map<String, String>> options = new ArrayList<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            options.add(Map.of("code", codesAndLabels[i], "label", codesAndLabels[i + 1]));
        }
        return options;
    }

    /** The case's parts of one kind as options: each one's id, labelled by what a worker recognises. */
    @SuppressWarnings("unchecked")
    static List<Map<String, String>> of(List<?> parts, Predicate<Map<String, Object>> which,
                                        Function<Map<String, Object>, String> label) {
        List<Map<String, String>> options = new ArrayList<>();
        for (Object part : parts) {
            Map<String, Object> item = (Map<String, Object>) part;
            if (which.test(item)) {
                options.add(Map.of("code", String.valueOf(item.get("id")), "label", label.apply(item)));
            }
        }
        return options;
    }

    /** The requests, assessments and plans of a case, as the forms offer them. */
    @SuppressWarnings("unchecked")
    static Map<String, List<Map<String, String>>> ofCase(Map<String, Object> supportCase) {
        List<Object> requests = ((List<Object>) supportCase.getOrDefault("requests", List.of())).stream()
                .map(view -> ((Map<String, Object>) view).get("request")).toList();
        Map<String, List<Map<String, String>>> choices = new LinkedHashMap<>(CODES);
        choices.put("unanswered", of(requests, request -> request.get("firstResponse") == null,
                SupportChoices::request));
        choices.put("requests", of(requests, request -> true, SupportChoices::request));
        choices.put("assessments", of((List<?>) supportCase.getOrDefault("assessments", List.of()), a -> true,
                assessment -> "Assessment completed " + assessment.get("completed")));
        choices.put("plans", of((List<?>) supportCase.getOrDefault("plans", List.of()), p -> true,
                plan -> "Plan agreed " + plan.get("agreed")));
        return choices;
    }

    private static String request(Map<String, Object> request) {
        return request.get("category") + " request received " + request.get("received");
    }
}
