package org.permanenceplatform.outcomes.indicator.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Figure;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * 11. {@code support_timeliness}: for support requests received in the period, the median days to first response and
 * to the start of a service (over the requests that have reached them), and the share of requests answered within
 * the configured standard (of all requests received, so that unanswered ones count against it). The route is the
 * family's permanence route as support-service records it.
 */
public final class SupportTimeliness implements Indicator {

    private final int standardDays;
    private final IndicatorDefinition definition;

    /** @param standardDays days from receipt within which a first response meets the configured standard */
    public SupportTimeliness(int standardDays) {
        if (standardDays < 0) {
            throw new IllegalArgumentException("a standard of zero days or more");
        }
        this.standardDays = standardDays;
        this.definition = Tables.definition("support_timeliness", "Timeliness of post-permanence support", "days",
                "Days from a support request to the first response, and to the start of a service; requests answered"
                        + " within " + standardDays + " days",
                "Support requests received in the financial year",
                "Medians (middle value, or the mean of the two middle values) over the requests that reached each"
                        + " step; share answered within the standard over all requests received.",
                List.of("requests", "median_days_to_first_response", "median_days_to_service_start",
                        "share_answered_within_standard"));
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        List<Request> requests = new ArrayList<>();
        for (Journey journey : cohort.journeys()) {
            if (journey.periods().isEmpty()) {
                continue;
            }
            PeriodOfCare last = journey.periods().get(journey.periods().size() - 1);
            journey.supportRequests().stream().filter(request -> year.contains(request.received()))
                    .forEach(request -> requests.add(new Request(request, new Subject(journey, last, request.route(),
                            last.permanence() != null && last.permanence().kinshipCarers(), last.ageBandAtEntry()))));
        }
        Map<String, Map<String, Figure>> rows = new LinkedHashMap<>();
        Tables.byCut(requests, Request::subject, cut).forEach((row, members) -> rows.put(row, Map.of(
                "requests", new Figure.Count(members.size()),
                "median_days_to_first_response", Statistics.median(members.stream()
                        .filter(member -> member.request().firstResponse() != null)
                        .map(member -> days(member.request().received(), member.request().firstResponse()))
                        .toList(), 0),
                "median_days_to_service_start", Statistics.median(members.stream()
                        .filter(member -> member.request().serviceStarted() != null)
                        .map(member -> days(member.request().received(), member.request().serviceStarted()))
                        .toList(), 0),
                "share_answered_within_standard", Tables.share(members, member ->
                        member.request().firstResponse() != null
                                && days(member.request().received(), member.request().firstResponse())
                                <= standardDays, true))));
        return new IndicatorTable(definition.id(), year, cut, definition.measures(), rows);
    }

    private static long days(java.time.LocalDate from, java.time.LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    private record Request(Journey.SupportRequest request, Subject subject) {
    }
}
