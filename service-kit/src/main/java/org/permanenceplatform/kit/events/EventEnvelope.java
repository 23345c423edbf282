package org.permanenceplatform.kit.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One event between services (catalogue: docs/api/events.md).
 *
 * @param id          unique; receivers are idempotent by it
 * @param type        {@code <family>.<subject>.<what happened>}, e.g. {@code ncpd.child.recorded}
 * @param version     the payload's version for this type; a receiver reads the versions it knows
 * @param occurredAt  when the change was made
 * @param producer    the service that made the change
 * @param aggregateId the record the event is about, as the family may name it: a local id for {@code la.*},
 *                    the pseudonymous child key for {@code ncpd.*}
 * @param sequence    1, 2, 3... for this producer and aggregate id: receivers apply events in this order
 * @param la          the LA whose record changed; a sender may only send events of the LAs it speaks for
 * @param payload     the type's fields
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(String id, String type, int version, Instant occurredAt, String producer,
                            String aggregateId, long sequence, String la, Map<String, Object> payload) {

    private static final Pattern TYPE = Pattern.compile("(la|ncpd)\\.[a-z]+(\\.[a-z-]+)+");

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(la, "la");
        payload = payload == null ? Map.of() : Map.copyOf(payload);
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type " + type + " is not <la|ncpd>.<subject>.<what>");
        }
        if (version < 1 || sequence < 1) {
            throw new IllegalArgumentException("version and sequence start at 1");
        }
    }

    /** A new event with a fresh id. */
    public static EventEnvelope of(String type, int version, Instant occurredAt, String producer, String aggregateId,
                                   long sequence, String la, Map<String, Object> payload) {
        return new EventEnvelope(UUID.randomUUID().toString(), type, version, occurredAt, producer, aggregateId,
                sequence, la, payload);
    }

    public EventFamily family() {
        return EventFamily.of(type);
    }
}
