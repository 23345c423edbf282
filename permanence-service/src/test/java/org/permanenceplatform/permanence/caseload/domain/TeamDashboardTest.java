package org.permanenceplatform.permanence.caseload.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.permanence.reference.domain.Route;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.permanence.reference.domain.Route.ADOPTION;
import static org.permanenceplatform.permanence.reference.domain.Route.KINSHIP;
import static org.permanenceplatform.permanence.reference.domain.Route.SPECIAL_GUARDIANSHIP;

class TeamDashboardTest {

    static CaseloadEntry child(String worker, Route primary, Route parallel, boolean overdue, boolean dueSoon,
                               Boolean planBySecondReview, long daysInCare, List<String> stageTitles,
                               List<Route> assessed) {
        return new CaseloadEntry("id-" + worker + daysInCare, "L" + daysInCare, "Given", "Family",
                LocalDate.of(2019, 1, 1), worker, true, daysInCare, null, primary, parallel, List.of(), stageTitles,
                null, overdue, dueSoon, planBySecondReview, overdue ? 1 : 0, assessed);
    }

    final List<CaseloadEntry> team = List.of(
            child("amy", SPECIAL_GUARDIANSHIP, ADOPTION, true, false, true, 200, List.of("Viability assessment"),
                    List.of(SPECIAL_GUARDIANSHIP)),
            child("amy", ADOPTION, null, false, true, true, 90, List.of("Family finding"), List.of(ADOPTION)),
            child("ben", null, null, true, true, false, 400, List.of(), List.of()),
            child(null, KINSHIP, null, false, false, null, 10, List.of("Viability assessment"), List.of(KINSHIP)));

    @Test
    void totalsCountEveryChildAndWhatIsLate() {
        TeamDashboard.Load totals = TeamDashboard.of(team).totals();
        assertThat(totals.children()).isEqualTo(4);
        assertThat(totals.overdue()).isEqualTo(2);
        assertThat(totals.dueSoon()).as("an overdue child counts as overdue, not also as due soon").isEqualTo(1);
        assertThat(totals.noPlan()).isEqualTo(1);
        assertThat(totals.planLate()).isEqualTo(1);
        assertThat(totals.longestDaysInCare()).isEqualTo(400);
    }

    @Test
    void workersAreListedMostOverdueFirstWithUnallocatedChildrenTogether() {
        List<TeamDashboard.WorkerLoad> workers = TeamDashboard.of(team).workers();
        assertThat(workers).extracting(TeamDashboard.WorkerLoad::worker).containsExactly("amy", "ben", null);
        assertThat(workers.get(0).load().children()).isEqualTo(2);
        assertThat(workers.get(0).load().longestDaysInCare()).isEqualTo(200);
        assertThat(workers.get(2).load().children()).isEqualTo(1);
    }

    @Test
    void everyRouteHasARowCountingPlansParallelRoutesAssessmentsAndOverdueChildren() {
        List<TeamDashboard.RouteLoad> routes = TeamDashboard.of(team).routes();
        assertThat(routes).hasSize(Route.values().length);
        TeamDashboard.RouteLoad adoption = routes.stream().filter(row -> row.route() == ADOPTION).findFirst()
                .orElseThrow();
        assertThat(adoption).isEqualTo(new TeamDashboard.RouteLoad(ADOPTION, 1, 1, 1, 1));
        assertThat(routes.stream().filter(row -> row.route() == Route.RETURN_HOME).findFirst().orElseThrow())
                .isEqualTo(new TeamDashboard.RouteLoad(Route.RETURN_HOME, 0, 0, 0, 0));
    }

    @Test
    void stagesAreCountedByTitleTheMostCommonFirst() {
        assertThat(TeamDashboard.of(team).stages()).containsExactly(
                new TeamDashboard.StageCount("Viability assessment", 2),
                new TeamDashboard.StageCount("Family finding", 1));
    }

    @Test
    void anEmptyTeamHasNothingLateAndNoLongestStay() {
        TeamDashboard empty = TeamDashboard.of(List.of());
        assertThat(empty.totals()).isEqualTo(new TeamDashboard.Load(0, 0, 0, 0, 0, null));
        assertThat(empty.workers()).isEmpty();
        assertThat(empty.stages()).isEmpty();
    }
}
