package io.factoreally.internal.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable, order-preserving copies for spec values. */
final class SpecCollections {
    private SpecCollections() {
    }

    static <K, V> Map<K, List<V>> copyOrdered(Map<K, List<V>> map) {
        Map<K, List<V>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }
}
