package org.permanenceplatform.support.events;

import java.util.Map;

/** Every event type support-service emits, with the record that defines its payload (docs/api/events.md). */
public final class EventCatalogue {

    public static final String REQUEST_CHANGED = "ncpd.support.request.changed";
    public static final String SERVICE_CHANGED = "ncpd.support.service.changed";
    public static final String BREAKDOWN_RECORDED = "ncpd.support.breakdown.recorded";

    public static final Map<String, Class<? extends Record>> PAYLOADS = Map.of(
            REQUEST_CHANGED, NcpdSupportRequest.class,
            SERVICE_CHANGED, NcpdSupportService.class,
            BREAKDOWN_RECORDED, NcpdBreakdown.class);

    private EventCatalogue() {
    }
}
