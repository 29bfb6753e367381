package io.factoreally.internal.relations;

import io.factoreally.internal.spec.FieldPath;
import io.factoreally.internal.spec.Hint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of dynamic maps found without a model, as rows of {@code map.{}}: such a map is known only
 * once the whole input is read, so the sample holds its members as nested columns per key
 * ({@code m.SKU-1.views}); each key's columns of a sampled record become one row of {@code m.{}}
 * ({@code m.{}.views}), the first {@value ElementSample#MAX_ELEMENTS} keys of each record. Maps the model
 * declares are sampled as rows directly (see {@link ElementCapture}). Bounded by the sample's nested
 * columns (the keys of the first records sampled get them), so this sees fewer values than a declared map.
 */
final class MapValueRows {
    /** Rows of one map's values: {@code names} are paths below {@code path} ({@code m.{}}). */
    record Level(String path, List<String> names, List<Object[]> rows) {
    }

    private MapValueRows() {
    }

    /**
     * The map-value levels the spec has fields for ({@code m.{}.x}) and the sample has no rows of yet
     * ({@code known}), from the sample's columns.
     */
    static List<Level> of(List<String> names, List<Object[]> rows, Map<String, List<Hint>> fields, Set<String> known) {
        // column -> (map path, key, member path below the map value), for columns of fields under a map value
        Map<String, List<Integer>> columnsByMap = new LinkedHashMap<>();
        String[] keys = new String[names.size()];
        String[] members = new String[names.size()];
        for (int c = 0; c < names.size(); c++) {
            List<FieldPath.Segment> segs = FieldPath.parse(names.get(c));
            for (int i = 1; i + 1 < segs.size(); i++) {
                if (!(segs.get(i) instanceof FieldPath.Member key) || !allMembers(segs)) {
                    break;
                }
                String map = FieldPath.format(segs.subList(0, i));
                String value = FieldPath.mapValue(map);
                String member = FieldPath.format(concat(FieldPath.parse(value), segs.subList(i + 1, segs.size())));
                if (!known.contains(value) && fields.containsKey(member) && fields.containsKey(map)) {
                    columnsByMap.computeIfAbsent(map, m -> new ArrayList<>()).add(c);
                    keys[c] = key.name();
                    members[c] = member;
                    break;
                }
            }
        }
        List<Level> out = new ArrayList<>();
        columnsByMap.forEach((map, columns) -> out.add(level(map, columns, keys, members, rows)));
        return out;
    }

    private static Level level(String map, List<Integer> columns, String[] keys, String[] members, List<Object[]> rows) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int c : columns) {
            if (position.putIfAbsent(members[c], names.size()) == null) {
                names.add(members[c]);
            }
        }
        List<Object[]> out = new ArrayList<>();
        for (Object[] row : rows) {
            Map<String, Object[]> byKey = new LinkedHashMap<>();
            for (int c : columns) {
                if (c < row.length && row[c] != null
                        && (byKey.containsKey(keys[c]) || byKey.size() < ElementSample.MAX_ELEMENTS)) {
                    byKey.computeIfAbsent(keys[c], k -> new Object[names.size()])[position.get(members[c])] = row[c];
                }
            }
            out.addAll(byKey.values());
        }
        return new Level(FieldPath.mapValue(map), List.copyOf(names), out);
    }

    private static boolean allMembers(List<FieldPath.Segment> segs) {
        return segs.stream().allMatch(s -> s instanceof FieldPath.Member);
    }

    private static List<FieldPath.Segment> concat(List<FieldPath.Segment> a, List<FieldPath.Segment> b) {
        List<FieldPath.Segment> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
