package org.permanenceplatform.launcher.load;

import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.Codes.LegalStatus;
import org.permanenceplatform.generator.journey.Codes.ReasonEpisodeCeased;
import org.permanenceplatform.generator.journey.Codes.Route;
import org.permanenceplatform.generator.journey.Codes.Sex;
import org.permanenceplatform.generator.journey.PeriodOfCare;
import org.permanenceplatform.generator.journey.PeriodOfCare.LegalStatusSpell;
import org.permanenceplatform.generator.journey.PeriodOfCare.PlanChange;
import org.permanenceplatform.generator.journey.Placement;
import org.permanenceplatform.launcher.GatewayClient;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays a generated child's journey through the gateway as the LA's people would enter it (ADR 014): the
 * practitioner records the child, each period of care with its legal statuses, placements and plan, the reviews, and
 * how care ended (permanence by its route and order, or leaving care with the reason ceased); the assessments of the
 * plan's routes with their stages ({@link AssessmentReplay}), the virtual school's facts for each school year
 * ({@link SchoolYearReplay}), and after permanence the family's support requests and any breakdown
 * ({@link SupportReplay}). A planned move goes through its safeguards (review, IRO told, and from a settled placement
 * the child's wishes, the IRO's view and the decision maker's approval); a disruption is recorded as an emergency.
 * The first call the platform refuses stops the load with a {@link RefusedByTheApi}.
 */
public final class ApiLoader {

    /** The LA's people the loader acts as, each signed in at the gateway. */
    public record Team(String practitionerName, GatewayClient practitioner, GatewayClient iro,
                       GatewayClient decisionMaker, GatewayClient virtualSchool, GatewayClient supportWorker) {
    }

    /** permanence-service's policy: a planned move from a placement of 2 years or more needs approval. */
    private static final long SETTLED_MONTHS = 24;

    private final Team team;
    private final AssessmentReplay assessments;
    private final SchoolYearReplay schoolYears;
    private final SupportReplay support;

    public ApiLoader(Team team) {
        this.team = team;
        this.assessments = new AssessmentReplay(team);
        this.schoolYears = new SchoolYearReplay(team.virtualSchool());
        this.support = new SupportReplay(team.supportWorker());
    }

    /**
     * Loads the child and answers their id on the platform. Each assessment and school year is replayed with the
     * period of care it falls in (the last one begun by its day), so that it lands in date order among that
     * period's steps.
     */
    public String load(Child child) {
        RecordOnTheApi record = RecordOnTheApi.create(team.practitioner(), child.childId(), details(child));
        List<PeriodOfCare> periods = child.periods();
        for (int i = 0; i < periods.size(); i++) {
            LocalDate from = periods.get(i).start();
            LocalDate until = i + 1 < periods.size() ? periods.get(i + 1).start() : LocalDate.MAX;
            List<Step> more = new ArrayList<>();
            child.assessments().stream().filter(a -> within(a.started(), from, until))
                    .forEach(a -> more.addAll(assessments.steps(record, a)));
            child.education().stream().filter(year -> within(year.known(), from, until))
                    .forEach(year -> more.add(schoolYears.step(record, year)));
            replay(record, periods.get(i), more);
        }
        support.replay(child);
        return record.id();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate until) {
        return !day.isBefore(from) && day.isBefore(until);
    }

    private Map<String, Object> details(Child child) {
        Map<String, Object> details = new HashMap<>();
        details.put("localChildId", child.childId());
        details.put("givenName", "Synthetic");
        details.put("familyName", "Child " + child.childId());
        details.put("dateOfBirth", child.birthDate().toString());
        details.put("sex", child.sex() == Sex.M ? "MALE" : "FEMALE");
        details.put("ethnicity", child.ethnicity().name());
        details.put("disabled", child.disabled());
        details.put("uasc", child.uasc());
        details.put("allocatedWorker", team.practitionerName());
        return details;
    }

    private void replay(RecordOnTheApi record, PeriodOfCare period, List<Step> more) {
        List<LegalStatusSpell> statuses = period.legalStatuses();
        record.change(team.practitioner(), "/periods", Map.of("started", period.start().toString(),
                "legalStatus", statuses.get(0).status().name()));
        List<Step> steps = new ArrayList<>(more);
        for (LegalStatusSpell spell : statuses.subList(1, statuses.size())) {
            steps.add(new Step(spell.start(), Step.LEGAL_STATUS, () -> record.change(team.practitioner(),
                    "/periods/current/legal-statuses",
                    Map.of("from", spell.start().toString(), "legalStatus", spell.status().name()))));
        }
        Set<LocalDate> reviews = new HashSet<>();
        for (PlanChange change : period.plan()) {
            steps.add(new Step(change.date(), Step.PLAN, () -> plan(record, change, reviews)));
        }
        List<Placement> placements = period.placements();
        for (int i = 0; i < placements.size(); i++) {
            Placement placement = placements.get(i);
            String[] id = new String[1];
            steps.add(new Step(placement.start(), Step.PLACEMENT_STARTS, () -> id[0] = place(record, placement)));
            if (i < placements.size() - 1) {
                steps.add(new Step(placement.end(), Step.PLACEMENT_ENDS,
                        () -> endPlacement(record, id[0], placement, reviews)));
            }
        }
        if (period.end() != null) {
            steps.add(new Step(period.end(), Step.CARE_ENDS, () -> endCare(record, period)));
        }
        steps.stream().sorted(Comparator.comparing(Step::date).thenComparingInt(Step::order))
                .forEach(step -> step.call().run());
    }

    private void plan(RecordOnTheApi record, PlanChange change, Set<LocalDate> reviews) {
        review(record, change.date(), reviews);
        Map<String, Object> fields = new HashMap<>();
        fields.put("primaryRoute", change.route().name());
        fields.put("parallelRoute", change.parallelRoute() == null ? null : change.parallelRoute().name());
        fields.put("decided", change.date().toString());
        fields.put("reason", change.reason());
        record.change(team.practitioner(), "/plan", fields);
    }

    /** The statutory review held on {@code day}, once. */
    private void review(RecordOnTheApi record, LocalDate day, Set<LocalDate> reviews) {
        if (reviews.add(day)) {
            record.change(team.practitioner(), "/reviews", Map.of("held", day.toString()));
        }
    }

    private String place(RecordOnTheApi record, Placement placement) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("startDate", placement.start().toString());
        fields.put("placementType", placement.type().name());
        fields.put("provider", placement.provider() == null ? null : placement.provider().name());
        fields.put("sameCarersAsPrevious", placement.sameCarers());
        fields.put("distanceBand", placement.distanceBand() == null ? "UNKNOWN" : placement.distanceBand());
        record.change(team.practitioner(), "/placements", fields);
        return record.lastIdOf("placements");
    }

    private void endPlacement(RecordOnTheApi record, String placementId, Placement placement, Set<LocalDate> reviews) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("endDate", placement.end().toString());
        fields.put("reasonForChange", placement.reasonForChange() == null ? null : placement.reasonForChange().name());
        fields.put("endKind", placement.isDisruption() ? "DISRUPTION" : "PLANNED_MOVE");
        if (!placement.type().isTemporary() && !placement.isDisruption()) {
            fields.put("moveId", plannedMove(record, placementId, placement, reviews));
        }
        record.change(team.practitioner(), "/placements/" + placementId + "/end", fields);
    }

    /** A planned move with its safeguards met, all on the day of the move; answers the move's id. */
    private String plannedMove(RecordOnTheApi record, String placementId, Placement placement, Set<LocalDate> reviews) {
        String day = placement.end().toString();
        record.change(team.practitioner(), "/moves", Map.of("placementId", placementId, "proposedDate", day,
                "kind", "PLANNED", "reason", placement.reasonForChange().name()));
        String move = "/moves/" + record.lastIdOf("moves");
        review(record, placement.end(), reviews);
        record.change(team.practitioner(), move + "/review", Map.of("date", day));
        record.change(team.practitioner(), move + "/iro-informed", Map.of("date", day));
        if (Period.between(placement.start(), placement.end()).toTotalMonths() >= SETTLED_MONTHS) {
            record.change(team.practitioner(), move + "/child-wishes", Map.of("text", "Wishes heard at the review"));
            record.change(team.iro(), move + "/iro-view", Map.of("text", "The move is in the child's interests"));
            record.change(team.decisionMaker(), move + "/decision", Map.of("approved", true,
                    "reasons", "Agreed at the review"));
        }
        return record.lastIdOf("moves");
    }

    private void endCare(RecordOnTheApi record, PeriodOfCare period) {
        ReasonEpisodeCeased reason = period.reasonCeased();
        Route route = reason.route();
        if (route == null) {
            record.change(team.practitioner(), "/periods/current/end", Map.of("ended", period.end().toString(),
                    "reasonCeased", reason.name()));
            return;
        }
        record.change(team.practitioner(), "/permanence", Map.of("route", route.name(),
                "date", period.end().toString(), "orderType", orderType(route, period), "reasonCeased", reason.name(),
                "kinshipCarers", route == Route.KINSHIP || reason == ReasonEpisodeCeased.E45
                        || reason == ReasonEpisodeCeased.E47));
    }

    private static String orderType(Route route, PeriodOfCare period) {
        return switch (route) {
            case ADOPTION -> "ADOPTION_ORDER";
            case SPECIAL_GUARDIANSHIP -> "SPECIAL_GUARDIANSHIP_ORDER";
            case KINSHIP -> "CHILD_ARRANGEMENTS_ORDER";
            case RETURN_HOME -> period.legalStatusOn(period.end()) == LegalStatus.V2
                    ? "RETURNED_HOME_WITHOUT_ORDER" : "CARE_ORDER_DISCHARGED";
            case LONG_TERM_FOSTERING -> "LONG_TERM_FOSTER_PLACEMENT_CONFIRMED";
        };
    }
}
