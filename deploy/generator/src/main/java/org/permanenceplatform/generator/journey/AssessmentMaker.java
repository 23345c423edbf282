package org.permanenceplatform.generator.journey;

import org.permanenceplatform.generator.journey.Assessment.Stage;
import org.permanenceplatform.generator.journey.Codes.ReasonEpisodeCeased;
import org.permanenceplatform.generator.journey.Codes.Route;
import org.permanenceplatform.generator.journey.PeriodOfCare.PlanChange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The assessments of a period of care: one for each route its plan names (primary or parallel), started on the day
 * the route first appears. The route that the child leaves care by (or, for long-term fostering, the match with the
 * same carers ratified) completes every stage by that day, with the adoption stages on the placement order and the
 * placement themselves; a route the plan drops closes then as not approved; any other closes with the period.
 * Stages not by a day the journey fixes come at about the templates' timescales.
 */
final class AssessmentMaker {

    /** Typical days from the start to each stage's completion, in the templates' order; the last one is the order. */
    private static final int[] ADOPTION_DAYS = {60, 180, 270, 312, 321, 350, 450};
    private static final int[] SPECIAL_GUARDIANSHIP_DAYS = {28, 91, 182};
    private static final int[] KINSHIP_DAYS = {14, 20, 132, 200};
    private static final int[] LONG_TERM_FOSTERING_DAYS = {90, 118};
    private static final int[] RETURN_HOME_DAYS = {84, 112, 200, 240};

    private final Draw draw;

    AssessmentMaker(Draw draw) {
        this.draw = draw;
    }

    List<Assessment> assessments(PeriodOfCare period) {
        Set<Route> routes = new LinkedHashSet<>();
        period.plan().forEach(change -> {
            routes.add(change.route());
            if (change.parallelRoute() != null) {
                routes.add(change.parallelRoute());
            }
        });
        List<Assessment> assessments = new ArrayList<>();
        for (Route route : routes) {
            assessments.add(assessment(period, route));
        }
        return assessments;
    }

    private Assessment assessment(PeriodOfCare period, Route route) {
        LocalDate started = period.plan().stream().filter(change -> names(change, route)).findFirst()
                .orElseThrow().date();
        boolean kinship = route == Route.KINSHIP || period.reasonCeased() == ReasonEpisodeCeased.E45
                || period.reasonCeased() == ReasonEpisodeCeased.E47;
        LocalDate achieved = achieved(period, route, started);
        if (achieved != null) {
            return new Assessment(route, started, kinship, achievedStages(period, route, started, achieved),
                    Assessment.PERMANENCE_ACHIEVED, achieved);
        }
        LocalDate dropped = period.plan().stream().filter(change -> change.date().isAfter(started)
                && !names(change, route)).map(PlanChange::date).findFirst().orElse(null);
        LocalDate closed = dropped != null ? dropped : period.end();
        String outcome = dropped != null ? "NOT_APPROVED" : period.reasonCeased().route() != null
                ? Assessment.OTHER_ROUTE_ACHIEVED : Assessment.CARE_ENDED;
        List<Stage> stages = new ArrayList<>();
        List<String> keys = Assessment.stagesOf(route);
        int[] days = typicalDays(route);
        LocalDate previous = started;
        for (int i = 0; i < keys.size(); i++) {
            LocalDate due = started.plusDays(days[i] * draw.between(80, 130) / 100);
            due = due.isBefore(previous) ? previous : due;
            previous = due;
            stages.add(new Stage(keys.get(i), due.isBefore(closed) && i < keys.size() - 1 ? due : null));
        }
        return new Assessment(route, started, kinship, stages, outcome, closed);
    }

    private static boolean names(PlanChange change, Route route) {
        return change.route() == route || change.parallelRoute() == route;
    }

    /** The day permanence came by this route in the period, or null. */
    private static LocalDate achieved(PeriodOfCare period, Route route, LocalDate started) {
        if (route == Route.LONG_TERM_FOSTERING) {
            return period.placements().stream().filter(p -> p.sameCarers() && p.type().isLongTermFoster()
                    && !p.start().isBefore(started)).map(Placement::start).findFirst().orElse(null);
        }
        return period.permanenceRoute().filter(route::equals).map(achieved -> period.end()).orElse(null);
    }

    private List<Stage> achievedStages(PeriodOfCare period, Route route, LocalDate started, LocalDate achieved) {
        List<String> keys = Assessment.stagesOf(route);
        int[] days = typicalDays(route);
        LocalDate[] completed = new LocalDate[keys.size()];
        long span = ChronoUnit.DAYS.between(started, achieved);
        for (int i = 0; i < keys.size(); i++) {
            completed[i] = started.plusDays(span * days[i] / days[days.length - 1]);
        }
        if (route == Route.ADOPTION) {
            anchorAdoption(period, started, achieved, completed);
        }
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            stages.add(new Stage(keys.get(i), completed[i]));
        }
        return stages;
    }

    /** The placement order on the E1 day and the placement on the day the child moved in, the others between. */
    private static void anchorAdoption(PeriodOfCare period, LocalDate started, LocalDate achieved,
                                       LocalDate[] completed) {
        LocalDate order = period.legalStatuses().stream().filter(s -> s.status().isCourtAuthorityToPlace())
                .map(PeriodOfCare.LegalStatusSpell::start).findFirst().orElse(null);
        LocalDate placed = period.placements().get(period.placements().size() - 1).start();
        if (order == null || order.isBefore(started) || !order.isBefore(placed) || placed.isAfter(achieved)) {
            return;
        }
        completed[0] = between(started, order, 1, 2);
        completed[1] = order;
        completed[2] = between(order, placed, 1, 2);
        completed[3] = between(order, placed, 3, 4);
        completed[4] = between(order, placed, 7, 8);
        completed[5] = placed;
    }

    private static LocalDate between(LocalDate from, LocalDate to, int numerator, int denominator) {
        return from.plusDays(ChronoUnit.DAYS.between(from, to) * numerator / denominator);
    }

    private static int[] typicalDays(Route route) {
        return switch (route) {
            case ADOPTION -> ADOPTION_DAYS;
            case SPECIAL_GUARDIANSHIP -> SPECIAL_GUARDIANSHIP_DAYS;
            case KINSHIP -> KINSHIP_DAYS;
            case LONG_TERM_FOSTERING -> LONG_TERM_FOSTERING_DAYS;
            case RETURN_HOME -> RETURN_HOME_DAYS;
        };
    }
}
