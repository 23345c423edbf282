package org.permanenceplatform.launcher.load;

import org.permanenceplatform.generator.journey.Breakdown;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.SupportRequest;
import org.permanenceplatform.launcher.GatewayClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What follows a child's permanence, as the LA's support worker records it on the family's support case: each
 * request received, first answered, its needs assessed, and the service started under a plan agreed that day; and a
 * breakdown. The case itself is opened by the platform when it hears of the permanence, so the worker waits for it
 * (a bounded wait) before the first request.
 */
final class SupportReplay {

    /** How long the referral of a permanence may take to open the family's case. */
    static final Duration REFERRAL = Duration.ofSeconds(30);

    private static final int RECEIVED = 0;
    private static final int ANSWERED = 1;
    private static final int ASSESSED = 2;
    private static final int SERVICE_STARTS = 3;
    private static final int BROKE_DOWN = 4;

    private final GatewayClient worker;

    SupportReplay(GatewayClient worker) {
        this.worker = worker;
    }

    /** Records the child's support requests and breakdowns, if they have any, in date order. */
    void replay(Child child) {
        if (child.supportRequests().isEmpty() && child.breakdowns().isEmpty()) {
            return;
        }
        RecordOnTheApi supportCase = RecordOnTheApi.supportCase(worker, child.childId(), REFERRAL);
        List<Step> steps = new ArrayList<>();
        for (SupportRequest request : child.supportRequests()) {
            steps.addAll(steps(supportCase, request));
        }
        for (Breakdown breakdown : child.breakdowns()) {
            steps.add(new Step(breakdown.date(), BROKE_DOWN, () -> supportCase.change(worker, "/breakdowns",
                    Map.of("date", breakdown.date().toString(), "cameBackIntoCare", breakdown.cameBackIntoCare(),
                    "note", "The " + breakdown.route().name().toLowerCase().replace('_', ' ') + " broke down"))));
        }
        steps.stream().sorted(Comparator.comparing(Step::date).thenComparingInt(Step::order))
                .forEach(step -> step.call().run());
    }

    private List<Step> steps(RecordOnTheApi supportCase, SupportRequest request) {
        String[] ids = new String[2];
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(request.received(), RECEIVED, () -> {
            supportCase.change(worker, "/requests", Map.of("received", request.received().toString(),
                    "requester", request.requester(), "category", request.category(),
                    "urgency", request.urgency()));
            ids[0] = supportCase.lastIdOf("requests", "request");
        }));
        if (request.firstResponse() != null) {
            steps.add(new Step(request.firstResponse(), ANSWERED, () -> supportCase.change(worker,
                    "/requests/" + ids[0] + "/first-response", Map.of("date", request.firstResponse().toString()))));
        }
        if (request.assessed() != null) {
            steps.add(new Step(request.assessed(), ASSESSED, () -> {
                supportCase.change(worker, "/assessments", Map.of("requestId", ids[0],
                        "completed", request.assessed().toString(),
                        "needs", "Needs assessed for " + request.category().toLowerCase() + " support"));
                ids[1] = supportCase.lastIdOf("assessments");
            }));
        }
        if (request.serviceStarted() != null) {
            steps.add(new Step(request.serviceStarted(), SERVICE_STARTS,
                    () -> startService(supportCase, request, ids)));
        }
        return steps;
    }

    /** A plan agreed from the needs assessment on the day its service starts, with that service. */
    private void startService(RecordOnTheApi supportCase, SupportRequest request, String[] ids) {
        LocalDate start = request.serviceStarted();
        Map<String, Object> plan = new HashMap<>();
        plan.put("assessmentId", ids[1]);
        plan.put("agreed", start.toString());
        supportCase.change(worker, "/plans", plan);
        supportCase.change(worker, "/plans/" + supportCase.lastIdOf("plans") + "/services", Map.of(
                "requestId", ids[0], "provider", "The LA's post-permanence support team",
                "description", request.category().toLowerCase() + " support", "start", start.toString(),
                "weeklyCost", BigDecimal.ZERO, "fundingSource", "LA_BUDGET"));
    }
}
