package org.permanenceplatform.support.stability.domain;

import org.permanenceplatform.support.request.domain.Category;
import org.permanenceplatform.support.request.domain.SupportRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The risk flags a new request raises by itself: every crisis request raises one; a request that makes
 * {@value #REPEATED_REQUESTS} or more received within a window of {@value #WINDOW_DAYS} days (counting both the first
 * and the last day, so the first and the last at most 89 days apart) raises one, unless such a flag was raised within
 * that window already.
 */
public final class StabilityRules {

    public static final int REPEATED_REQUESTS = 3;
    public static final int WINDOW_DAYS = 90;

    private StabilityRules() {
    }

    /**
     * @param earlier  the case's requests before this one
     * @param flags    the case's flags so far
     * @param arriving the request just received
     */
    public static List<RiskFlag> raisedBy(List<SupportRequest> earlier, List<RiskFlag> flags,
                                          SupportRequest arriving, Supplier<String> ids) {
        List<RiskFlag> raised = new ArrayList<>();
        LocalDate day = arriving.received();
        if (arriving.category() == Category.CRISIS) {
            raised.add(new RiskFlag(ids.get(), RiskReason.CRISIS_REQUEST, day, RiskFlag.RULES,
                    "A crisis request received on " + day));
        }
        LocalDate windowStart = day.minusDays(WINDOW_DAYS - 1L);
        long inWindow = 1 + earlier.stream().filter(request -> within(request.received(), windowStart, day)).count();
        boolean alreadyFlagged = flags.stream().anyMatch(flag -> flag.reason() == RiskReason.REPEATED_REQUESTS
                && within(flag.raised(), windowStart, day));
        if (inWindow >= REPEATED_REQUESTS && !alreadyFlagged) {
            raised.add(new RiskFlag(ids.get(), RiskReason.REPEATED_REQUESTS, day, RiskFlag.RULES,
                    inWindow + " requests in the " + WINDOW_DAYS + " days to " + day));
        }
        return raised;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
