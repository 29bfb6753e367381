package io.factoreally.internal.evaluate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the objects in the real data that are dynamic maps (keys are data: currency codes, language
 * codes), so their values are pooled as {@code m.{}} instead of giving one field per key. An object
 * path is a map when its members vary a lot: at least {@value #MIN_KEYS} distinct keys, and a typical
 * object holds at most half of them (a fixed object such as {@code translations} holds all).
 */
final class MapPaths {
    static final int MIN_KEYS = 20;
    private static final int MAX_ROUNDS = 16;

    private MapPaths() {
    }

    /** Map paths of the real records; paths below a map are found in further rounds. */
    static Set<String> detect(List<JsonNode> records) {
        Set<String> maps = new TreeSet<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Flattened f = Flattened.of(records, maps);
            Map<String, Set<String>> keys = new TreeMap<>();
            Map<String, Long> keyCount = new TreeMap<>();
            for (Column c : f.columns().values()) {
                if (c.container() == null) {
                    continue;
                }
                keys.computeIfAbsent(c.container(), k -> new HashSet<>()).add(c.path());
                keyCount.merge(c.container(), (long) c.size(), Long::sum);
            }
            Set<String> found = new TreeSet<>();
            for (Map.Entry<String, Set<String>> e : keys.entrySet()) {
                String path = e.getKey();
                int distinct = e.getValue().size();
                int rows = f.rows(path);
                if (path.isEmpty() || rows == 0 || distinct < MIN_KEYS) {
                    continue;
                }
                double perObject = keyCount.get(path) / (double) rows;
                if (perObject <= distinct / 2.0) {
                    found.add(path);
                }
            }
            if (!maps.addAll(found)) {
                return java.util.Collections.unmodifiableSet(maps);
            }
        }
        return java.util.Collections.unmodifiableSet(maps);
    }
}
