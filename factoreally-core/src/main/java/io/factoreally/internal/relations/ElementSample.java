package io.factoreally.internal.relations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects inside arrays of the records a {@link RecordSample} captured (such as each of
 * {@code issue.assignees[]}), as rows per array element path, for learning the relations among an
 * element's members. Bounded: at most {@link #MAX_ELEMENTS} elements of each array of a record and
 * {@link #MAX_PER_RECORD} in all, the {@link #CAPACITY} (at most the record sample's capacity)
 * captured records with the smallest sampling priorities among those that have such elements,
 * {@link #MAX_ROWS} rows per element path and {@link #MAX_COLUMNS} member paths over all arrays
 * (first seen first). Rows hold what {@link RecordSample} rows hold. Not thread-safe.
 */
final class ElementSample {
    /** Elements of one array of a record captured at most (the first ones). */
    static final int MAX_ELEMENTS = 8;
    /** Elements of all arrays of a record captured at most: with {@link #CAPACITY}, bounds the rows kept. */
    static final int MAX_PER_RECORD = 32;
    /** Records whose elements are kept at most. */
    static final int CAPACITY = 4_000;
    /** Rows per element path handed to learning at most (in input order). */
    static final int MAX_ROWS = RecordSample.CAPACITY;
    /** Member paths of array elements kept at most, over all arrays. */
    static final int MAX_COLUMNS = 1024;

    /** One captured element object: its array's element path, its members' paths and values. */
    static final class Element {
        final String array;
        final List<String> keys = new ArrayList<>();
        final List<Object> values = new ArrayList<>();

        Element(String array) {
            this.array = array;
        }
    }

    /** One element's row, by its array's own columns. */
    private record Row(String array, Object[] cells) {
    }

    /** The rows of one element path: its member paths by column, and the rows. */
    record Level(String array, List<String> names, List<Object[]> rows) {
    }

    private final Map<String, Map<String, Integer>> columns = new HashMap<>();
    private final Map<String, List<String>> names = new LinkedHashMap<>();
    private int columnCount;
    private final BottomK<List<Row>> heap;

    /** A sample that keeps the elements of up to {@code records} records (at most {@link #CAPACITY}). */
    ElementSample(int records) {
        this.heap = new BottomK<>(Math.min(records, CAPACITY));
    }

    /** Whether a record with this sampling priority would enter the sample now (see {@link BottomK#wouldKeep}). */
    boolean wouldKeep(long priority) {
        return heap.wouldKeep(priority);
    }

    /** Adds one captured record's elements (records in input order). */
    void add(long priority, long index, List<Element> elements) {
        if (elements.isEmpty() || !heap.wouldKeep(priority)) {
            return;
        }
        List<Row> rows = new ArrayList<>(elements.size());
        for (Element e : elements) {
            Map<String, Integer> cols = columns.computeIfAbsent(e.array, a -> new HashMap<>());
            List<String> arrayNames = names.computeIfAbsent(e.array, a -> new ArrayList<>());
            Object[] cells = new Object[Math.max(4, arrayNames.size())];
            for (int i = 0; i < e.keys.size(); i++) {
                String key = e.keys.get(i);
                Integer col = cols.get(key);
                if (col == null && columnCount < MAX_COLUMNS) {
                    col = arrayNames.size();
                    cols.put(key, col);
                    arrayNames.add(key);
                    columnCount++;
                }
                if (col != null) {
                    if (col >= cells.length) {
                        cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
                    }
                    cells[col] = e.values.get(i);
                }
            }
            rows.add(new Row(e.array, cells));
        }
        heap.add(priority, index, rows);
    }

    /** Per element path (first seen first), its rows in input order, each as long as its names. */
    List<Level> levels() {
        Map<String, List<Object[]>> byArray = new LinkedHashMap<>();
        names.keySet().forEach(a -> byArray.put(a, new ArrayList<>()));
        for (List<Row> record : heap.valuesByIndex()) {
            for (Row r : record) {
                List<Object[]> rows = byArray.get(r.array());
                if (rows.size() < MAX_ROWS) {
                    int width = names.get(r.array()).size();
                    rows.add(r.cells().length == width ? r.cells() : Arrays.copyOf(r.cells(), width));
                }
            }
        }
        List<Level> out = new ArrayList<>();
        byArray.forEach((a, rows) -> out.add(new Level(a, List.copyOf(names.get(a)), rows)));
        return out;
    }
}
