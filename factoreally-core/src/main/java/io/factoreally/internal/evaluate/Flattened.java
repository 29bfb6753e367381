package io.factoreally.internal.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.internal.spec.FieldPath;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A set of records flattened into columns by field path ({@code a.b}, {@code items[].x} pooling all
 * elements, {@code m.{}} pooling the values of a dynamic map). Objects at the paths in
 * {@code mapPaths} are treated as dynamic maps: their keys are data, not field names.
 */
final class Flattened {
    private final Set<String> mapPaths;
    private final Map<String, Integer> containerRows = new TreeMap<>();
    private final Map<String, Column> columns = new TreeMap<>();
    private int records;

    private Flattened(Set<String> mapPaths) {
        this.mapPaths = mapPaths;
    }

    static Flattened of(List<JsonNode> records, Set<String> mapPaths) {
        Flattened f = new Flattened(mapPaths);
        for (JsonNode r : records) {
            f.records++;
            if (r.isObject()) {
                f.walkObject(r, "");
            }
        }
        return f;
    }

    int records() {
        return records;
    }

    /** Number of objects seen at a container path ({@code ""} = the records). */
    int rows(String container) {
        return containerRows.getOrDefault(container, 0);
    }

    Map<String, Column> columns() {
        return columns;
    }

    Column column(String path) {
        return columns.get(path);
    }

    private void walkObject(JsonNode obj, String path) {
        if (mapPaths.contains(path)) {
            String valuePath = FieldPath.mapValue(path);
            for (JsonNode v : obj) {
                observe(valuePath, null, -1, v);
            }
            return;
        }
        int row = containerRows.merge(path, 1, Integer::sum) - 1;
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            observe(FieldPath.member(path, e.getKey()), path, row, e.getValue());
        }
    }

    private void observe(String path, String container, int row, JsonNode v) {
        columns.computeIfAbsent(path, p -> new Column(p, container)).add(row, v);
        if (v.isObject()) {
            walkObject(v, path);
        } else if (v.isArray()) {
            String elementPath = FieldPath.element(path);
            for (JsonNode e : v) {
                observe(elementPath, null, -1, e);
            }
        }
    }
}
