package org.permanenceplatform.generator.ncpd;

import org.permanenceplatform.generator.journey.Assessment;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.Codes.LegalStatus;
import org.permanenceplatform.generator.journey.Codes.PlacementType;
import org.permanenceplatform.generator.journey.Codes.ReasonEpisodeCeased;
import org.permanenceplatform.generator.journey.Codes.Route;
import org.permanenceplatform.generator.journey.EducationYear;
import org.permanenceplatform.generator.journey.PeriodOfCare;
import org.permanenceplatform.generator.journey.Placement;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payloads of permanence-service's {@code ncpd.*} events, field for field as it sends them (events/
 * NcpdChildDetails, events/NcpdJourney, built by child/JourneyEvents) through its {@code Payloads}: components in
 * order, dates as ISO strings, a null left out. support-service's are in {@link NcpdSupportPayloads}.
 */
public final class NcpdPayloads {

    private NcpdPayloads() {
    }

    /** {@code ncpd.child.recorded}. */
    public static Map<String, Object> childRecorded(Child child, String regionCode) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("region", regionCode);
        payload.put("sex", child.sex().name().equals("M") ? "MALE" : "FEMALE");
        payload.put("ethnicGroup", majorGroup(child.ethnicity().name()));
        payload.put("birthMonth", child.birthDate().toString().substring(0, 7));
        payload.put("disabled", child.disabled());
        payload.put("uasc", child.uasc());
        return payload;
    }

    /** {@code ncpd.journey.changed}: the child's whole journey as known. */
    public static Map<String, Object> journey(Child child) {
        List<Object> periods = new ArrayList<>();
        Route previous = null;
        for (int i = 0; i < child.periods().size(); i++) {
            PeriodOfCare period = child.periods().get(i);
            periods.add(period(i + 1, period, child, previous));
            previous = period.permanenceRoute().orElse(null);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("periods", periods);
        payload.put("education", child.education().stream().map(NcpdPayloads::education).toList());
        return payload;
    }

    private static Map<String, Object> period(int number, PeriodOfCare period, Child child, Route previous) {
        LocalDate end = period.end() == null ? LocalDate.MAX : period.end();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("number", number);
        put(map, "entered", period.start());
        map.put("ageBandAtEntry", ageBand(child.birthDate(), period.start()));
        map.put("legalStatuses", period.legalStatuses().stream().map(spell -> fields("from", spell.start(),
                "code", spell.status().name())).toList());
        put(map, "ended", period.end());
        put(map, "reasonCeased", period.reasonCeased() == null ? null : period.reasonCeased().name());
        put(map, "previousPermanenceRoute", previous == null ? null : previous.name());
        map.put("reviews", List.of());
        map.put("plan", period.plan().stream().map(change -> fields("decided", change.date(), "primaryRoute",
                change.route().name(), "parallelRoute", change.parallelRoute() == null ? null
                        : change.parallelRoute().name())).toList());
        map.put("assessments", child.assessments().stream().filter(a -> !a.started().isBefore(period.start())
                && a.started().isBefore(end)).map(NcpdPayloads::assessment).toList());
        List<Object> placements = new ArrayList<>();
        for (Placement placement : period.placements()) {
            placements.add(placement(placements.size() + 1, placement));
        }
        map.put("placements", placements);
        put(map, "permanence", permanence(period));
        return map;
    }

    private static Map<String, Object> assessment(Assessment assessment) {
        Map<String, Object> map = fields("type", assessment.route().name(), "route", assessment.route().name(),
                "started", assessment.started());
        map.put("kinshipCarers", assessment.kinshipCarers());
        put(map, "outcome", assessment.outcome());
        put(map, "closed", assessment.closed());
        map.put("stages", assessment.stages().stream().map(stage -> {
            Map<String, Object> written = fields("stage", stage.key(), "completed", stage.completed());
            written.put("extensions", 0);
            return written;
        }).toList());
        return map;
    }

    private static Map<String, Object> placement(int number, Placement placement) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("number", number);
        put(map, "start", placement.start());
        put(map, "end", placement.end());
        map.put("type", placement.type().name());
        put(map, "provider", placement.provider() == null ? null : placement.provider().name());
        map.put("kinship", placement.type() == PlacementType.U1 || placement.type() == PlacementType.U3);
        map.put("sameCarersAsPrevious", placement.sameCarers());
        put(map, "reasonForChange", placement.reasonForChange() == null ? null : placement.reasonForChange().name());
        put(map, "endKind", placement.end() == null ? null : placement.isDisruption() ? "DISRUPTION" : "PLANNED_MOVE");
        put(map, "distanceBand", placement.distanceBand());
        if (placement.cost() != null) {
            map.put("weeklyCost", placement.cost().weekly().toPlainString());
            map.put("purchaseRoute", placement.cost().purchaseRoute());
        }
        return map;
    }

    /** The permanence a period achieved: by the route it ended by, or a long-term match confirmed in it. */
    static Map<String, Object> permanence(PeriodOfCare period) {
        Route route = period.permanenceRoute().orElse(null);
        if (route != null) {
            ReasonEpisodeCeased reason = period.reasonCeased();
            boolean kinship = route == Route.KINSHIP || reason == ReasonEpisodeCeased.E45
                    || reason == ReasonEpisodeCeased.E47;
            return permanence(route, period.end(), orderType(route, period), kinship);
        }
        return period.placements().stream().filter(p -> p.sameCarers() && p.type().isLongTermFoster()).findFirst()
                .map(p -> permanence(Route.LONG_TERM_FOSTERING, p.start(), "LONG_TERM_FOSTER_PLACEMENT_CONFIRMED",
                        p.type() == PlacementType.U1)).orElse(null);
    }

    private static Map<String, Object> permanence(Route route, LocalDate date, String orderType, boolean kinship) {
        Map<String, Object> map = fields("route", route.name(), "date", date, "orderType", orderType);
        map.put("kinshipCarers", kinship);
        return map;
    }

    private static String orderType(Route route, PeriodOfCare period) {
        return switch (route) {
            case ADOPTION -> "ADOPTION_ORDER";
            case SPECIAL_GUARDIANSHIP -> "SPECIAL_GUARDIANSHIP_ORDER";
            case KINSHIP -> "CHILD_ARRANGEMENTS_ORDER";
            case LONG_TERM_FOSTERING -> "LONG_TERM_FOSTER_PLACEMENT_CONFIRMED";
            case RETURN_HOME -> {
                LegalStatus status = period.legalStatusOn(period.end().minusDays(1));
                yield status == LegalStatus.C1 || status == LegalStatus.C2 ? "CARE_ORDER_DISCHARGED"
                        : "RETURNED_HOME_WITHOUT_ORDER";
            }
        };
    }

    private static Map<String, Object> education(EducationYear year) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("academicYear", year.academicYear());
        put(map, "ks2ExpectedStandardMet", year.ks2ExpectedStandardMet());
        put(map, "attainment8", year.attainment8());
        map.put("sessionsMissedPercent", year.sessionsMissedPercent());
        map.put("suspensions", year.suspensions());
        map.put("permanentlyExcluded", year.permanentlyExcluded());
        return map;
    }

    /** As permanence-service's JourneyEvents bands ages. */
    static String ageBand(LocalDate born, LocalDate on) {
        int age = Period.between(born, on).getYears();
        return age < 1 ? "under 1" : age < 5 ? "1 to 4" : age < 10 ? "5 to 9" : age < 16 ? "10 to 15" : "16 and over";
    }

    /** permanence-service's {@code Ethnicity.majorGroup()}. */
    static String majorGroup(String code) {
        return switch (code.charAt(0)) {
            case 'W' -> "WHITE";
            case 'M' -> "MIXED";
            case 'A' -> "ASIAN";
            case 'B' -> "BLACK";
            case 'R', 'N' -> "NOT_RECORDED";
            default -> "OTHER";
        };
    }

    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            put(map, (String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    static void put(Map<String, Object> map, String name, Object value) {
        if (value instanceof LocalDate date) {
            map.put(name, date.toString());
        } else if (value instanceof Map<?, ?> || value instanceof String || value instanceof Boolean) {
            map.put(name, value);
        } else if (value != null) {
            throw new IllegalArgumentException(name + ": " + value.getClass());
        }
    }
}
