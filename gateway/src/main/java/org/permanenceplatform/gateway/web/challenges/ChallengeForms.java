package org.permanenceplatform.gateway.web.challenges;

import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.kit.security.Role;
import org.springframework.util.MultiValueMap;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may open the challenge pages, what each form sends to outcomes-service, and a refusal's fields for the GOV.UK
 * error summary.
 */
final class ChallengeForms {

    /** The LA roles that read their LA's figures: they see and answer the challenges addressed to their LA. */
    static final Set<Role> LA_READERS = EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.DECISION_MAKER,
            Role.IRO, Role.VIRTUAL_SCHOOL, Role.SUPPORT_WORKER);
    static final Set<Role> BOARDS = EnumSet.of(Role.REGIONAL_BOARD, Role.NATIONAL_BOARD);
    static final String ENGLAND = "E92000001";

    private ChallengeForms() {
    }

    static boolean isBoard(PlatformUser user) {
        return user.roles().stream().anyMatch(BOARDS::contains);
    }

    static boolean isLaReader(PlatformUser user) {
        return user.roles().stream().anyMatch(LA_READERS::contains);
    }

    /** The board's place as the challenge log names it: its grouping, or England for the national board. */
    static String boardPlace(PlatformUser user) {
        return user.roles().contains(Role.NATIONAL_BOARD) ? ENGLAND : user.region().orElse("");
    }

    static Map<String, Object> raise(MultiValueMap<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("kind", "indicator", "target", "period", "text", "due")) {
            String value = values.getFirst(field);
            if (value != null && !value.isBlank()) {
                body.put(field, value.strip());
            }
        }
        return body;
    }

    static Map<String, Object> answer(MultiValueMap<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", values.getFirst("version"));
        String text = values.getFirst("text");
        if (text != null && !text.isBlank()) {
            body.put("text", text.strip());
        }
        return body;
    }

    static Map<String, Object> version(MultiValueMap<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", values.getFirst("version"));
        return body;
    }

    /** The problem's fields at fault, or its detail when it names none (a conflict: someone else changed this). */
    static List<Map<String, String>> errors(ChallengeClient.Answer answer) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (answer.status() == 409) {
            errors.add(Map.of("field", "version", "message", "Someone else changed this challenge while you were"
                    + " working on it. Your change was not saved: check the challenge below and make it again."));
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
