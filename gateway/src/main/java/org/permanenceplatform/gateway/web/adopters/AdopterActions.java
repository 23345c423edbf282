package org.permanenceplatform.gateway.web.adopters;

import org.permanenceplatform.gateway.web.Navigation;
import org.permanenceplatform.gateway.web.record.FormAction;
import org.permanenceplatform.kit.security.Role;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every form on a prospective adopter household's page, with its call under {@code /api/permanence/adopters/{id}}.
 * The adults' names are sent as a list from the form's {@code adult1} and {@code adult2} fields.
 */
final class AdopterActions {

    static final List<String> HOUSEHOLD_FIELDS = List.of("address", "registeredInterest", "allocatedWorker");

    private static final Set<Role> WRITERS = Navigation.ADOPTER_WRITERS;

    private static final Map<String, FormAction> ACTIONS = Map.of(
            "details", action("details", HttpMethod.PUT, "", HOUSEHOLD_FIELDS, Set.of(), WRITERS),
            "start", action("start", HttpMethod.POST, "/assessment", List.of("started"), Set.of(), WRITERS),
            "complete-stage", action("complete-stage", HttpMethod.POST, "/assessment/stages/{stage}/complete",
                    List.of("completedOn", "note"), Set.of(), WRITERS),
            "recommendation", action("recommendation", HttpMethod.POST, "/assessment/recommendation",
                    List.of("recommendation"), Set.of(), WRITERS),
            "decision", action("decision", HttpMethod.POST, "/assessment/decision", List.of("approved",
                    "decidedOn", "reasons", "ageFrom", "ageTo", "numberOfChildren"), Set.of("approved"),
                    Set.of(Role.DECISION_MAKER)),
            "withdraw", action("withdraw", HttpMethod.POST, "/assessment/withdrawal",
                    List.of("withdrawnOn", "reason"), Set.of(), WRITERS));

    private AdopterActions() {
    }

    private static FormAction action(String name, HttpMethod method, String path, List<String> fields,
                                     Set<String> booleans, Set<Role> roles) {
        return new FormAction(name, method, path, fields, Set.of(), booleans, roles, false);
    }

    static Optional<FormAction> named(String name) {
        return Optional.ofNullable(ACTIONS.get(name));
    }

    /** The actions a user's roles allow, by name, for the page to show only those forms. */
    static Set<String> allowedFor(Set<Role> roles) {
        return ACTIONS.values().stream().filter(action -> action.roles().stream().anyMatch(roles::contains))
                .map(FormAction::name).collect(Collectors.toSet());
    }
}
