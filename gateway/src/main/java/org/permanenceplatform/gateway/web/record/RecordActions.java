package org.permanenceplatform.gateway.web.record;

import org.permanenceplatform.kit.security.Role;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every form on a child's record page: which service call it makes, the fields it sends, and who sees it. Paths may
 * name form fields in braces ({moveId}); those are taken from the form's hidden fields.
 */
final class RecordActions {

    private static final Set<Role> TEAM = Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER);
    private static final Set<Role> TEAM_OR_IRO = Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.IRO);

    private static final Map<String, FormAction> ACTIONS = Map.ofEntries(
            action("enter-care", HttpMethod.POST, "/periods", List.of("started", "legalStatus"), TEAM),
            action("legal-status", HttpMethod.POST, "/periods/current/legal-statuses", List.of("from", "legalStatus"),
                    TEAM),
            action("leave-care", HttpMethod.POST, "/periods/current/end", List.of("ended", "reasonCeased"), TEAM),
            action("review", HttpMethod.POST, "/reviews", List.of("held"), TEAM_OR_IRO),
            action("plan", HttpMethod.PUT, "/plan", List.of("primaryRoute", "parallelRoute", "decided", "reason"),
                    TEAM),
            Map.entry("start-assessment", new FormAction("start-assessment", HttpMethod.POST, "/assessments",
                    List.of("type", "started"), Set.of(), Set.of(), TEAM, true)),
            action("complete-stage", HttpMethod.POST, "/assessments/{assessmentId}/stages/{stage}/complete",
                    List.of("completedOn", "note"), Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.DECISION_MAKER)),
            Map.entry("extend-stage", new FormAction("extend-stage", HttpMethod.POST,
                    "/assessments/{assessmentId}/stages/{stage}/extensions", List.of("weeks", "reason"),
                    Set.of("weeks"), Set.of(), Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.DECISION_MAKER),
                    false)),
            Map.entry("place", new FormAction("place", HttpMethod.POST, "/placements", List.of("startDate",
                    "placementType", "provider", "carerName", "kinship", "sameCarersAsPrevious", "distanceBand",
                    "weeklyCost", "purchaseRoute"), Set.of("weeklyCost"), Set.of("kinship", "sameCarersAsPrevious"),
                    TEAM, false)),
            action("end-placement", HttpMethod.POST, "/placements/{placementId}/end",
                    List.of("endDate", "reasonForChange", "endKind", "moveId"), TEAM),
            Map.entry("propose-move", new FormAction("propose-move", HttpMethod.POST, "/moves", List.of("placementId",
                    "proposedDate", "kind", "reason", "disruptsKeyStage4Education"), Set.of(),
                    Set.of("disruptsKeyStage4Education"), TEAM, false)),
            action("move-review", HttpMethod.POST, "/moves/{moveId}/review", List.of("date"), TEAM_OR_IRO),
            action("move-iro-informed", HttpMethod.POST, "/moves/{moveId}/iro-informed", List.of("date"),
                    TEAM_OR_IRO),
            action("move-wishes", HttpMethod.POST, "/moves/{moveId}/child-wishes", List.of("text"), TEAM),
            action("move-iro-view", HttpMethod.POST, "/moves/{moveId}/iro-view", List.of("text"), Set.of(Role.IRO)),
            action("move-challenge", HttpMethod.POST, "/moves/{moveId}/challenges", List.of("text"),
                    Set.of(Role.IRO)),
            action("move-answer", HttpMethod.POST, "/moves/{moveId}/challenges/{number}/answer", List.of("text"),
                    TEAM),
            Map.entry("move-decision", new FormAction("move-decision", HttpMethod.POST, "/moves/{moveId}/decision",
                    List.of("approved", "reasons"), Set.of(), Set.of("approved"), Set.of(Role.DECISION_MAKER),
                    false)),
            Map.entry("education", new FormAction("education", HttpMethod.PUT, "/education/{year}",
                    List.of("ks2ExpectedStandardMet", "attainment8", "sessionsMissedPercent", "suspensions",
                            "permanentlyExcluded"), Set.of("attainment8", "sessionsMissedPercent", "suspensions"),
                    Set.of("ks2ExpectedStandardMet", "permanentlyExcluded"), Set.of(Role.VIRTUAL_SCHOOL), false)),
            Map.entry("permanence", new FormAction("permanence", HttpMethod.POST, "/permanence", List.of("route", "date",
                    "orderType", "reasonCeased", "kinshipCarers", "assessmentId"), Set.of(), Set.of("kinshipCarers"),
                    TEAM, false)));

    private RecordActions() {
    }

    private static Map.Entry<String, FormAction> action(String name, HttpMethod method, String path, List<String> fields,
                                                    Set<Role> roles) {
        return Map.entry(name, new FormAction(name, method, path, fields, Set.of(), Set.of(), roles, false));
    }

    static Optional<FormAction> named(String name) {
        return Optional.ofNullable(ACTIONS.get(name));
    }

    /** The actions a user's roles allow, by name, for the page to show only those forms. */
    static Set<String> allowedFor(Set<Role> roles) {
        return ACTIONS.values().stream().filter(action -> action.roles().stream().anyMatch(roles::contains))
                .map(FormAction::name).collect(java.util.stream.Collectors.toSet());
    }
}
