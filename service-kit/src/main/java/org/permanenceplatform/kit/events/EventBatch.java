package org.permanenceplatform.kit.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** What a relay posts to a receiver: events of one aggregate, in sequence order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventBatch(List<EventEnvelope> events) {

    public EventBatch {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
