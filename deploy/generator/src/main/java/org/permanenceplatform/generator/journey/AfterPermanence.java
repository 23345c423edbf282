package org.permanenceplatform.generator.journey;

import org.permanenceplatform.generator.journey.Codes.Route;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What follows an adoption, special guardianship or child arrangements order until the child is 18: the family's
 * support requests and, for a few, a breakdown. Breakdown rates from the reference (section 2.4): adoption 3.2% over
 * 12 years; SGO 5.7% and child arrangements 14.7% over 5 years (marked uncertain there, used as the best figures
 * given). Support requests are our choice (ADR 014): about one family in six asks in a year, mostly for therapy,
 * with support-service's default standards (5 days to a first response, 1 if urgent; 28 to the needs assessment;
 * 56 to the service start). A breakdown ends the requests; the generator does not bring the child back into care.
 */
final class AfterPermanence {

    static final double REQUESTS_A_YEAR = 0.17;
    private static final String[] REQUESTERS = {"FAMILY", "SCHOOL", "PROFESSIONAL"};
    private static final double[] REQUESTER_SHARES = {70, 15, 15};
    private static final String[] CATEGORIES =
            {"THERAPEUTIC", "FINANCIAL", "CONTACT", "EDUCATION", "RESPITE", "TRAINING", "PEER_SUPPORT", "CRISIS"};
    private static final double[] CATEGORY_SHARES = {35, 15, 10, 15, 8, 7, 5, 5};

    private final Draw draw;

    /** Support requests and breakdowns of one child, in date order. */
    record Facts(List<SupportRequest> requests, List<Breakdown> breakdowns) {
    }

    AfterPermanence(Draw draw) {
        this.draw = draw;
    }

    Facts of(LocalDate birthDate, List<PeriodOfCare> periods) {
        PeriodOfCare last = periods.get(periods.size() - 1);
        Route route = last.permanenceRoute().orElse(null);
        if (route == null || route == Route.RETURN_HOME) {
            return new Facts(List.of(), List.of());
        }
        LocalDate order = last.end();
        LocalDate eighteen = birthDate.plusYears(18);
        LocalDate until = eighteen;
        List<Breakdown> breakdowns = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(order, eighteen);
        double years = days / 365.25;
        if (days > 30 && draw.chance(Math.min(1, years * breakdownsAYear(route)))) {
            until = order.plusDays(draw.between(30, (int) days - 1));
            breakdowns.add(new Breakdown(route, order, until, false));
        }
        List<SupportRequest> requests = new ArrayList<>();
        LocalDate day = order;
        while (true) {
            day = day.plusDays(draw.exponential(365 / REQUESTS_A_YEAR));
            if (!day.isBefore(until)) {
                break;
            }
            requests.add(request(route, day));
        }
        return new Facts(requests, breakdowns);
    }

    private SupportRequest request(Route route, LocalDate received) {
        String category = draw.pick(CATEGORIES, CATEGORY_SHARES);
        boolean urgent = category.equals("CRISIS") || draw.chance(0.1);
        LocalDate firstResponse = received.plusDays(urgent ? draw.between(0, 2) : draw.between(1, 9));
        LocalDate assessed = draw.chance(0.85) ? firstResponse.plusDays(draw.between(5, 45)) : null;
        LocalDate started = assessed != null && draw.chance(0.8) ? assessed.plusDays(draw.between(3, 60)) : null;
        return new SupportRequest(route, received, draw.pick(REQUESTERS, REQUESTER_SHARES), category,
                urgent ? "URGENT" : "ROUTINE", firstResponse, assessed, started, urgent ? 1 : 5, 28, 56);
    }

    private static double breakdownsAYear(Route route) {
        return switch (route) {
            case ADOPTION -> 0.032 / 12;
            case SPECIAL_GUARDIANSHIP -> 0.057 / 5;
            default -> 0.147 / 5;
        };
    }
}
