package org.permanenceplatform.generator.ncpd;

import org.permanenceplatform.generator.journey.Breakdown;
import org.permanenceplatform.generator.journey.SupportRequest;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.permanenceplatform.generator.ncpd.NcpdPayloads.put;

/**
 * The payloads of support-service's {@code ncpd.support.*} events, field for field as its events/NcpdSupportRequest
 * and events/NcpdBreakdown go through its {@code Payloads}: components in order, dates as ISO strings, a null left
 * out.
 */
public final class NcpdSupportPayloads {

    private NcpdSupportPayloads() {
    }

    /** {@code ncpd.support.request.changed}, the request as known. */
    public static Map<String, Object> supportRequest(int number, SupportRequest request) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("number", number);
        map.put("route", request.route().name());
        put(map, "received", request.received());
        map.put("requester", request.requester());
        map.put("category", request.category());
        map.put("urgency", request.urgency());
        put(map, "firstResponse", request.firstResponse());
        put(map, "assessed", request.assessed());
        put(map, "serviceStarted", request.serviceStarted());
        map.put("firstResponseStandardDays", request.firstResponseStandardDays());
        map.put("needsAssessmentStandardDays", request.needsAssessmentStandardDays());
        map.put("serviceStartStandardDays", request.serviceStartStandardDays());
        return map;
    }

    /** {@code ncpd.support.breakdown.recorded}. */
    public static Map<String, Object> breakdown(int number, Breakdown breakdown) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("number", number);
        map.put("route", breakdown.route().name());
        put(map, "permanenceDate", breakdown.permanenceDate());
        put(map, "date", breakdown.date());
        map.put("cameBackIntoCare", breakdown.cameBackIntoCare());
        return map;
    }
}
