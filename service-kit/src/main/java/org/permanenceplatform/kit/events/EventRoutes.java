package org.permanenceplatform.kit.events;

import java.util.List;
import java.util.Map;

/** Which services receive each family of a producer's events. */
public record EventRoutes(Map<EventFamily, List<String>> destinations) {

    public EventRoutes {
        destinations = Map.copyOf(destinations);
    }

    /** The platform's routes: LA events to support-service, national dataset events to outcomes-service. */
    public static EventRoutes platform() {
        return new EventRoutes(Map.of(EventFamily.LA, List.of("support-service"),
                EventFamily.NCPD, List.of("outcomes-service")));
    }

    public List<String> destinationsOf(EventFamily family) {
        return destinations.getOrDefault(family, List.of());
    }
}
