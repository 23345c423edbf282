package org.permanenceplatform.kit.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * A receiver's answer to a batch: the ids it has applied now or before (the relay may forget them), and the ids it
 * holds back because an earlier event of the same aggregate has not arrived yet (the relay sends them again).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventReceipt(List<String> acknowledged, List<String> waiting) {

    public EventReceipt {
        acknowledged = acknowledged == null ? List.of() : List.copyOf(acknowledged);
        waiting = waiting == null ? List.of() : List.copyOf(waiting);
    }
}
