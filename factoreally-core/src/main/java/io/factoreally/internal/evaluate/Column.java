package io.factoreally.internal.evaluate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Every value observed at one field path, in walk order. For a member of an object the row is the
 * index of that object among all objects at the container path, so that two sibling columns can be
 * joined row by row; pooled values (array elements, dynamic-map values) have no container and row -1.
 */
final class Column {
    private final String path;
    private final String container;
    private final List<JsonNode> values = new ArrayList<>();
    private int[] rows = new int[8];

    Column(String path, String container) {
        this.path = path;
        this.container = container;
    }

    void add(int row, JsonNode value) {
        if (values.size() == rows.length) {
            rows = java.util.Arrays.copyOf(rows, rows.length * 2);
        }
        rows[values.size()] = row;
        values.add(value);
    }

    String path() {
        return path;
    }

    /** The container path whose objects are the rows, or null for pooled values. */
    String container() {
        return container;
    }

    int size() {
        return values.size();
    }

    int row(int i) {
        return rows[i];
    }

    JsonNode value(int i) {
        return values.get(i);
    }

    List<JsonNode> values() {
        return values;
    }
}
