package org.permanenceplatform.kit.events;

import io.micrometer.core.instrument.MeterRegistry;
import org.permanenceplatform.kit.problem.InvalidRequestException;
import org.permanenceplatform.kit.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /events/v1}: where a relay delivers a batch of events. Only a service token with
 * {@code events:write}, sending its own events, about LAs it speaks for; the whole batch is checked before anything
 * is applied, so a refused batch changes nothing. Each aggregate's events are applied in sequence order, whatever
 * order they came in; one that must wait for its predecessor stops that aggregate there.
 */
@RestController
class EventInboxResource {

    static final String PATH = "/events/v1";
    static final String SCOPE = "events:write";

    private final Map<String, EventHandler> handlers = new HashMap<>();
    private final MeterRegistry meters;

    EventInboxResource(List<EventHandler> handlers, MeterRegistry meters) {
        handlers.forEach(handler -> handler.types().forEach(type -> this.handlers.put(type, handler)));
        this.meters = meters;
    }

    @PostMapping(PATH)
    EventReceipt receive(CurrentUser sender, @RequestBody EventBatch batch) {
        String producer = sender.serviceName()
                .filter(name -> sender.hasScope(SCOPE))
                .orElseThrow(() -> new AccessDeniedException("Only a service token with " + SCOPE + " may send events"));
        for (int i = 0; i < batch.events().size(); i++) {
            EventEnvelope event = batch.events().get(i);
            if (!event.producer().equals(producer)) {
                throw new InvalidRequestException("events[" + i + "].producer",
                        "must be the sending service (" + producer + ")");
            }
            if (!sender.speaksFor(event.la())) {
                throw new AccessDeniedException(producer + " may not send events of LA " + event.la());
            }
        }
        List<String> acknowledged = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        Map<String, Boolean> blocked = new HashMap<>();
        List<EventEnvelope> inOrder = batch.events().stream()
                .sorted(java.util.Comparator.comparing(EventEnvelope::aggregateId)
                        .thenComparingLong(EventEnvelope::sequence)).toList();
        for (EventEnvelope event : inOrder) {
            if (blocked.getOrDefault(event.aggregateId(), false)) {
                waiting.add(event.id());
                continue;
            }
            EventHandler handler = handlers.get(event.type());
            Applied applied = handler == null ? Applied.IGNORED : handler.apply(event);
            meters.counter("events.received", "type", event.type(), "outcome", applied.name().toLowerCase())
                    .increment();
            if (applied.acknowledged()) {
                acknowledged.add(event.id());
            } else {
                waiting.add(event.id());
                blocked.put(event.aggregateId(), true);
            }
        }
        return new EventReceipt(acknowledged, waiting);
    }
}
