package org.permanenceplatform.permanence.events;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an event payload record into the JSON-ready map an envelope carries: components by name, dates as ISO
 * strings, enums by name, amounts as decimal strings, nested records and lists alike; a null is left out (a
 * reader takes a missing field as unknown). The payload records are
 * therefore the schema: the national dataset's schema test reads the same components.
 */
public final class Payloads {

    private Payloads() {
    }

    public static Map<String, Object> of(Record payload) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            try {
                Object value = value(component.getAccessor().invoke(payload));
                if (value != null) {
                    map.put(component.getName(), value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return map;
    }

    private static Object value(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number
                && !(value instanceof BigDecimal)) {
            return value;
        }
        if (value instanceof LocalDate || value instanceof BigDecimal) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Record nested) {
            return of(nested);
        }
        if (value instanceof List<?> items) {
            return items.stream().map(Payloads::value).toList();
        }
        throw new IllegalStateException("no payload form for " + value.getClass());
    }
}
