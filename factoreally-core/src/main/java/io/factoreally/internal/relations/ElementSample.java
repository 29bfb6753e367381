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

    /** The rows of one element path: its member paths by column, and the rows. */
    record Level(String array, List<String> names, List<Object[]> rows) {
    }

    /** A record's elements, by its index. */
    private record Noted(long index, List<Element> elements) {
    }

    private final BottomK<Noted> heap;

    /** A sample that keeps the elements of up to {@code records} records (at most {@link #CAPACITY}). */
    ElementSample(int records) {
        this.heap = new BottomK<>(Math.min(records, CAPACITY));
    }

    /** Whether a record with this sampling priority would enter the sample now (see {@link BottomK#wouldKeep}). */
    boolean wouldKeep(long priority) {
        return heap.wouldKeep(priority);
    }

    /** Adds one captured record's elements. */
    void add(long priority, long index, List<Element> elements) {
        if (elements.isEmpty() || !heap.wouldKeep(priority)) {
            return;
        }
        heap.add(priority, index, new Noted(index, elements));
    }

    /**
     * Per element path (first seen first), its rows in input order, each as long as its names, from the
     * records {@code kept} by the record sample. Those are the records with elements with the smallest
     * priorities among the records the record sample keeps, whichever others were added on the way (the
     * records kept are the smallest priorities of all); columns are made here, over them in input order
     * (first seen first), so they too depend only on the records kept.
     */
    List<Level> levels(java.util.function.LongPredicate kept) {
        Map<String, Map<String, Integer>> columns = new HashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, List<Object[]>> byArray = new LinkedHashMap<>();
        int columnCount = 0;
        for (Noted noted : heap.valuesByIndex()) {
            if (!kept.test(noted.index())) {
                continue;
            }
            for (Element e : noted.elements()) {
                Map<String, Integer> cols = columns.computeIfAbsent(e.array, a -> new HashMap<>());
                List<String> arrayNames = names.computeIfAbsent(e.array, a -> new ArrayList<>());
                List<Object[]> rows = byArray.computeIfAbsent(e.array, a -> new ArrayList<>());
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
                if (rows.size() < MAX_ROWS) {
                    rows.add(cells);
                }
            }
        }
        List<Level> out = new ArrayList<>();
        byArray.forEach((a, rows) -> {
            int width = names.get(a).size();
            rows.replaceAll(r -> r.length == width ? r : Arrays.copyOf(r, width));
            out.add(new Level(a, List.copyOf(names.get(a)), rows));
        });
        return out;
    }
}
