package org.permanenceplatform.outcomes.figures.domain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A small map that cannot change, whose keys keep the order they were given in and may be shared by many maps: a
 * figure table's rows each map the same few measures to their cells, and a national table has 20,000 rows. A
 * key is found by looking along the keys, which for a handful is as quick as hashing.
 */
final class FixedOrderMap<K, V> extends AbstractMap<K, V> {

    private final List<K> keys;
    private final Object[] values;

    /** @param keys distinct and unchanging (as from {@link List#copyOf}); {@code values} in the same order, kept */
    private FixedOrderMap(List<K> keys, Object[] values) {
        if (keys.size() != values.length) {
            throw new IllegalArgumentException(keys.size() + " keys for " + values.length + " values");
        }
        this.keys = keys;
        this.values = values;
    }

    /** The map of these keys to these values, which it keeps as they are: the caller gives them up. */
    static <K, V> FixedOrderMap<K, V> of(List<K> keys, Object[] values) {
        Arrays.stream(values).forEach(value -> Objects.requireNonNull(value, "value"));
        return new FixedOrderMap<>(keys, values);
    }

    /** The map itself if it is one already; otherwise a copy in its order. */
    static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        if (map instanceof FixedOrderMap<K, V> fixed) {
            return fixed;
        }
        List<K> keys = List.copyOf(map.keySet());
        return of(keys, keys.stream().map(map::get).toArray());
    }

    @Override
    public int size() {
        return keys.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return keys.contains(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int at = keys.indexOf(key);
        return at < 0 ? null : (V) values[at];
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.size();
            }

            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.size();
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<K, V> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<K, V> entry = new SimpleImmutableEntry<>(keys.get(next), (V) values[next]);
                        next++;
                        return entry;
                    }
                };
            }
        };
    }
}
