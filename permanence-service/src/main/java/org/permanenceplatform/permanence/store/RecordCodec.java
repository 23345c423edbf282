package org.permanenceplatform.permanence.store;

import org.bson.Document;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * Lays the permanence record's parts (plain Java records of the domain) out as documents and reads them back, field
 * by field under the component's name. Dates are ISO strings (no time zone can shift them), instants are BSON dates,
 * enums their names, amounts decimal strings. A component's name is therefore part of the stored layout: renaming one
 * needs a layout version (ADR 004). The round trip of every part is tested. Shared by every aggregate whose
 * document holds domain records (the child's record, the prospective adopters' household).
 */
public final class RecordCodec {

    private RecordCodec() {
    }

    public static Document write(Record value) {
        Document document = new Document();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            try {
                document.append(component.getName(), toStored(component.getAccessor().invoke(value)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return document;
    }

    public static List<Document> writeAll(List<? extends Record> values) {
        return values.stream().map(RecordCodec::write).toList();
    }

    public static <T extends Record> T read(Document document, Class<T> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = fromStored(document.get(components[i].getName()), components[i].getGenericType());
        }
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(Arrays.stream(components)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName() + " from " + document, e);
        }
    }

    public static <T extends Record> List<T> readAll(List<Document> documents, Class<T> type) {
        return documents == null ? List.of() : documents.stream().map(document -> read(document, type)).toList();
    }

    private static Object toStored(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long) {
            return value;
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Record part) {
            return write(part);
        }
        if (value instanceof List<?> items) {
            return items.stream().map(RecordCodec::toStored).toList();
        }
        if (value instanceof java.time.Period period) {
            return period.toString();
        }
        throw new IllegalStateException("no stored form for " + value.getClass());
    }

    /** A field missing from an older document: false or zero for a primitive, otherwise null. */
    private static Object absent(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object fromStored(Object stored, Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type item = list.getActualTypeArguments()[0];
            List<Object> values = new ArrayList<>();
            if (stored != null) {
                ((List<?>) stored).forEach(value -> values.add(fromStored(value, item)));
            }
            return values;
        }
        Class<?> raw = (Class<?>) type;
        if (stored == null) {
            return absent(raw);
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse((String) stored);
        }
        if (raw == Instant.class) {
            return ((Date) stored).toInstant();
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal((String) stored);
        }
        if (raw == int.class || raw == Integer.class) {
            return ((Number) stored).intValue();
        }
        if (raw == long.class || raw == Long.class) {
            return ((Number) stored).longValue();
        }
        if (raw.isEnum()) {
            return Enum.valueOf((Class<Enum>) raw, (String) stored);
        }
        if (raw.isRecord() && stored instanceof Document document) {
            return read(document, (Class<Record>) raw);
        }
        if (raw == java.time.Period.class) {
            return java.time.Period.parse((String) stored);
        }
        return stored;
    }
}
