package org.permanenceplatform.outcomes.figures.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Geography;
import org.permanenceplatform.outcomes.indicator.domain.ChildFacts;
import org.permanenceplatform.outcomes.indicator.domain.Journey;
import org.permanenceplatform.outcomes.indicator.domain.PeriodOfCare;
import org.permanenceplatform.outcomes.indicator.domain.Placement;
import org.permanenceplatform.outcomes.indicator.domain.Route;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small England for figure tests: region N (LAs 840, 841, 842) and region L (LAs 202, 203), and children adopted in
 * 2024-25 whose A10 days are chosen by the test. Public for the export tests, which publish through the same path.
 */
public final class Adoptions {

    public static final Area DURHAM = Area.localAuthority("840", "County Durham");
    public static final Area DARLINGTON = Area.localAuthority("841", "Darlington");
    public static final Area GATESHEAD = Area.localAuthority("842", "Gateshead");
    public static final Area CAMDEN = Area.localAuthority("202", "Camden");
    public static final Area GREENWICH = Area.localAuthority("203", "Greenwich");
    public static final Area NORTH = new Area(Geography.region("E12000001"), "North East", Set.of("840", "841", "842"));
    public static final Area LONDON = new Area(Geography.region("E12000007"), "London", Set.of("202", "203"));
    public static final Area ENGLAND = new Area(Geography.england(), "England", Set.of("840", "841", "842", "202", "203"));

    private Adoptions() {
    }

    public static Scope national() {
        Map<Area, List<Area>> regions = new LinkedHashMap<>();
        regions.put(NORTH, List.of(DURHAM, DARLINGTON, GATESHEAD));
        regions.put(LONDON, List.of(CAMDEN, GREENWICH));
        return Scope.national(ENGLAND, regions);
    }

    /** {@code children} children of the LA adopted on 1 October 2024, each {@code days} days after entering care. */
    public static List<Journey> adopted(String la, int children, int days, Route route) {
        List<Journey> journeys = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            LocalDate placed = LocalDate.parse("2024-06-01");
            LocalDate entered = placed.minusDays(days);
            LocalDate adopted = LocalDate.parse("2024-10-01");
            PeriodOfCare period = new PeriodOfCare(1, entered, "1 to 4",
                    List.of(new PeriodOfCare.LegalStatusFrom(entered, "C2")), adopted, "E11", null, List.of(),
                    List.of(), List.of(placement(1, entered, placed, "U3"), placement(2, placed, adopted, "A4")),
                    new PeriodOfCare.Permanence(route, adopted, "ADOPTION_ORDER", false));
            journeys.add(new Journey(new ChildFacts(la, null, "FEMALE", "WHITE", YearMonth.parse("2021-01"),
                    false, false), List.of(period)));
        }
        return journeys;
    }

    private static Placement placement(int number, LocalDate start, LocalDate end, String type) {
        return new Placement(number, start, end, type, "PR1", false, false, null, null, null, null, null);
    }
}
