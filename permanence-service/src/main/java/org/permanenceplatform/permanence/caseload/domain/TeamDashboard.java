package org.permanenceplatform.permanence.caseload.domain;

import org.permanenceplatform.permanence.reference.domain.Route;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A permanence team's children in care at a glance, for the team manager: how many, how many late, and the same by
 * allocated worker, by route and by the stage the assessments are at. Counts only; the caseload names the children.
 *
 * @param totals  every child in care of the LA
 * @param workers one row per allocated worker (and one for children not allocated), the most overdue first
 * @param routes  one row per route, in the routes' order
 * @param stages  the assessment stages children are at, by title, the most common first
 */
public record TeamDashboard(Load totals, List<WorkerLoad> workers, List<RouteLoad> routes, List<StageCount> stages) {

    /** What a group of children in care has open and late. */
    public record Load(int children, int overdue, int dueSoon, int noPlan, int planLate, Long longestDaysInCare) {

        static Load of(List<CaseloadEntry> entries) {
            return new Load(entries.size(), count(entries, CaseloadEntry::overdue),
                    count(entries, entry -> !entry.overdue() && entry.dueSoon()),
                    count(entries, entry -> entry.primaryRoute() == null),
                    count(entries, entry -> Boolean.FALSE.equals(entry.planBySecondReview())),
                    entries.stream().map(CaseloadEntry::daysInCare).filter(Objects::nonNull)
                            .max(Comparator.naturalOrder()).orElse(null));
        }
    }

    /** @param worker the allocated worker, or null for the children nobody is allocated to */
    public record WorkerLoad(String worker, Load load) {
    }

    /**
     * @param primary  children whose plan's primary route it is
     * @param parallel children for whom it is the parallel (contingency) route
     * @param assessed children with an open assessment on this route
     * @param overdue  children following the route (by plan or assessment) with an overdue clock
     */
    public record RouteLoad(Route route, int primary, int parallel, int assessed, int overdue) {
    }

    public record StageCount(String stage, int children) {
    }

    public static TeamDashboard of(List<CaseloadEntry> inCare) {
        Map<String, List<CaseloadEntry>> byWorker = inCare.stream().collect(Collectors.groupingBy(
                entry -> entry.allocatedWorker() == null ? "" : entry.allocatedWorker(), TreeMap::new,
                Collectors.toList()));
        List<WorkerLoad> workers = byWorker.entrySet().stream()
                .map(worker -> new WorkerLoad(worker.getKey().isEmpty() ? null : worker.getKey(),
                        Load.of(worker.getValue())))
                .sorted(Comparator.comparing((WorkerLoad row) -> -row.load().overdue())).toList();
        List<RouteLoad> routes = Arrays.stream(Route.values()).map(route -> new RouteLoad(route,
                count(inCare, entry -> entry.primaryRoute() == route),
                count(inCare, entry -> entry.parallelRoute() == route),
                count(inCare, entry -> entry.assessedRoutes().contains(route)),
                count(inCare, entry -> entry.overdue() && entry.follows(route)))).toList();
        Map<String, Long> byStage = inCare.stream().flatMap(entry -> entry.stageTitles().stream().distinct())
                .collect(Collectors.groupingBy(title -> title, TreeMap::new, Collectors.counting()));
        List<StageCount> stages = byStage.entrySet().stream()
                .map(stage -> new StageCount(stage.getKey(), stage.getValue().intValue()))
                .sorted(Comparator.comparing((StageCount row) -> -row.children())).toList();
        return new TeamDashboard(Load.of(inCare), workers, routes, stages);
    }

    private static int count(List<CaseloadEntry> entries, Predicate<CaseloadEntry> which) {
        return (int) entries.stream().filter(which).count();
    }
}
