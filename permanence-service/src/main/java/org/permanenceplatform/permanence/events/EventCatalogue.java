package org.permanenceplatform.permanence.events;

import java.util.Map;

/** Every event type permanence-service emits, with the record that defines its payload (docs/api/events.md). */
public final class EventCatalogue {

    public static final String CHILD_RECORDED = "ncpd.child.recorded";
    public static final String CHILD_CORRECTED = "ncpd.child.corrected";
    public static final String JOURNEY_CHANGED = "ncpd.journey.changed";
    public static final String LA_PERMANENCE_ACHIEVED = "la.permanence.achieved";

    public static final Map<String, Class<? extends Record>> PAYLOADS = Map.of(
            CHILD_RECORDED, NcpdChildDetails.class,
            CHILD_CORRECTED, NcpdChildDetails.class,
            JOURNEY_CHANGED, NcpdJourney.class,
            LA_PERMANENCE_ACHIEVED, LaPermanenceAchieved.class);

    private EventCatalogue() {
    }
}
