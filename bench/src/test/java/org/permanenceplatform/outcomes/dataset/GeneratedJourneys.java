package org.permanenceplatform.outcomes.dataset;

import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.PeriodOfCare;
import org.permanenceplatform.outcomes.indicator.domain.Journey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One line per journey, written the same way from a generated child and from outcomes-service's reading of the
 * dataset, so the two can be compared as sorted lists (the dataset never gives back the child key to match on).
 */
final class GeneratedJourneys {

    private GeneratedJourneys() {
    }

    static List<String> ofGenerated(List<Child> children) {
        return children.stream().map(GeneratedJourneys::line).sorted().toList();
    }

    static List<String> ofDataset(List<Journey> journeys) {
        return journeys.stream().map(GeneratedJourneys::line).sorted().toList();
    }

    private static String line(Child child) {
        String periods = child.periods().stream().map(period -> String.join(" ",
                "entered " + period.start(), "ended " + period.end(), "reason " + code(period.reasonCeased()),
                "legal " + period.legalStatuses().stream().map(s -> s.start() + "=" + s.status())
                        .collect(Collectors.joining(",")),
                "plan " + period.plan().stream().map(c -> c.date() + "=" + c.route() + "/" + code(c.parallelRoute()))
                        .collect(Collectors.joining(",")),
                "placements " + period.placements().stream().map(p -> p.start() + ".." + p.end() + "=" + p.type()
                        + "/" + code(p.provider()) + "/" + p.sameCarers() + "/" + code(p.reasonForChange()) + "/"
                        + (p.cost() == null ? "null/null" : plain(p.cost().weekly()) + "/" + p.cost().purchaseRoute())
                        + "/" + p.distanceBand())
                        .collect(Collectors.joining(",")),
                "assessments " + child.assessments().stream().filter(a -> within(a.started(), period))
                        .map(a -> a.route() + "@" + a.started() + "=" + a.outcome() + "@" + a.closed() + ":"
                                + a.stages().stream().map(s -> s.key() + "@" + s.completed())
                                .collect(Collectors.joining(";")))
                        .collect(Collectors.joining(",")),
                "permanence " + period.permanenceRoute().map(route -> route + "@" + period.end())
                        .orElseGet(() -> period.placements().stream()
                                .filter(p -> p.sameCarers() && p.type().isLongTermFoster()).findFirst()
                                .map(p -> "LONG_TERM_FOSTERING@" + p.start()).orElse("null"))))
                .collect(Collectors.joining(" | "));
        String education = child.education().stream().map(year -> year.academicYear() + "="
                + year.ks2ExpectedStandardMet() + "/" + year.attainment8() + "/" + year.sessionsMissedPercent() + "/"
                + year.suspensions() + "/" + year.permanentlyExcluded()).collect(Collectors.joining(","));
        return child.laCode() + " " + child.birthDate().toString().substring(0, 7) + " "
                + (child.sex().name().equals("M") ? "MALE" : "FEMALE") + " uasc " + child.uasc() + " | " + periods
                + " | education " + education;
    }

    private static String line(Journey journey) {
        String periods = journey.periods().stream().map(period -> String.join(" ",
                "entered " + period.entered(), "ended " + period.ended(), "reason " + period.reasonCeased(),
                "legal " + period.legalStatuses().stream().map(s -> s.from() + "=" + s.code())
                        .collect(Collectors.joining(",")),
                "plan " + period.plan().stream().map(c -> c.decided() + "=" + c.primaryRoute() + "/"
                        + c.parallelRoute()).collect(Collectors.joining(",")),
                "placements " + period.placements().stream().map(p -> p.start() + ".." + p.end() + "=" + p.type()
                        + "/" + p.provider() + "/" + p.sameCarersAsPrevious() + "/" + p.reasonForChange() + "/"
                        + plain(p.weeklyCost()) + "/" + p.purchaseRoute() + "/" + p.distanceBand())
                        .collect(Collectors.joining(",")),
                "assessments " + period.assessments().stream().map(a -> a.route() + "@" + a.started() + "="
                        + a.outcome() + "@" + a.closed() + ":" + a.stages().stream()
                        .map(s -> s.stage() + "@" + s.completed()).collect(Collectors.joining(";")))
                        .collect(Collectors.joining(",")),
                "permanence " + (period.permanence() == null ? "null"
                        : period.permanence().route() + "@" + period.permanence().date())))
                .collect(Collectors.joining(" | "));
        String education = journey.education().stream().map(year -> year.academicYear() + "="
                + year.ks2ExpectedStandardMet() + "/" + plain(year.attainment8()) + "/"
                + plain(year.sessionsMissedPercent()) + "/" + year.suspensions() + "/" + year.permanentlyExcluded())
                .collect(Collectors.joining(","));
        return journey.child().la() + " " + journey.child().birthMonth() + " " + journey.child().sex() + " uasc "
                + journey.child().uasc() + " | " + periods + " | education " + education;
    }

    private static boolean within(java.time.LocalDate day, PeriodOfCare period) {
        return !day.isBefore(period.start()) && (period.end() == null || day.isBefore(period.end()));
    }

    private static String code(Enum<?> code) {
        return code == null ? "null" : code.name();
    }

    private static String plain(BigDecimal value) {
        return Objects.toString(value == null ? null : value.toPlainString());
    }
}
