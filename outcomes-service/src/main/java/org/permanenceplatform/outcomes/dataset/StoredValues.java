package org.permanenceplatform.outcomes.dataset;

import org.bson.Document;
import org.permanenceplatform.outcomes.indicator.domain.Route;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Values as they come out of a stored event payload, read leniently: what the producer sent (ISO date strings,
 * decimal strings, names of routes) and what a driver or an older producer might hand back instead (a BSON date, a
 * number, a map). Anything missing or unreadable is null, which the domain reads as unknown.
 */
final class StoredValues {

    private StoredValues() {
    }

    /**
     * A text value, held once however many journeys carry it: the values read are codes (an LA, a sex, a placement
     * type, a reason), so half a million journeys held for the figures (ADR 015) would otherwise keep millions of
     * copies of a few hundred strings.
     */
    static String text(Document document, String field) {
        return document.get(field) instanceof String value && !value.isBlank() ? value.intern() : null;
    }

    static boolean bool(Document document, String field) {
        return Boolean.TRUE.equals(document.get(field));
    }

    static LocalDate date(Document document, String field) {
        Object value = document.get(field);
        if (value instanceof Date stored) {
            return LocalDate.ofInstant(stored.toInstant(), ZoneOffset.UTC);
        }
        if (value instanceof String written) {
            try {
                return LocalDate.parse(written.length() > 10 ? written.substring(0, 10) : written);
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof String written) {
            try {
                return new BigDecimal(written.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Integer integer(Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }

    static int integer(Document document, String field, int otherwise) {
        Integer value = integer(document.get(field));
        return value == null ? otherwise : value;
    }

    /** A route by its name; a route this service does not know yet is unknown. */
    static Route route(Document document, String field) {
        String name = text(document, field);
        if (name == null) {
            return null;
        }
        try {
            return Route.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The nested documents of a list field; anything else in the list, or a missing list, is skipped. */
    static List<Document> documents(Document document, String field) {
        if (!(document.get(field) instanceof List<?> items)) {
            return List.of();
        }
        return items.stream().map(StoredValues::asDocument).filter(item -> item != null).toList();
    }

    static Document nested(Document document, String field) {
        return asDocument(document.get(field));
    }

    @SuppressWarnings("unchecked")
    private static Document asDocument(Object item) {
        if (item instanceof Document nested) {
            return nested;
        }
        return item instanceof Map<?, ?> map ? new Document((Map<String, Object>) map) : null;
    }
}
