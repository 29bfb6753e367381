package io.factoreally.internal.relations;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.factoreally.internal.generate.Rng;
import io.factoreally.internal.spec.FieldPath;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A bounded, seeded sample of records' fields (top-level members and members of nested objects, not
 * inside arrays) for learning relations: the records with the
 * smallest hashes of their index (so the sample depends only on the input, not on threads or
 * chunking), at most {@link #CAPACITY} of them, {@link #MAX_COLUMNS} top-level fields and
 * {@link #MAX_NESTED_COLUMNS} nested ones. Only records that
 * may enter the sample are copied; the others pass straight through. Not thread-safe: fed on the
 * reading thread.
 *
 * <p>A row holds, per field: absent ({@code null}), {@link #NULL}, {@link #CONTAINER}, {@link #LONG_TEXT}
 * or the scalar ({@code String}, {@code Boolean}, {@code Long}, {@code Double}).
 */
public final class RecordSample {
    /** Records kept at most. */
    public static final int CAPACITY = 20_000;
    /** Top-level fields kept at most (first seen first). */
    static final int MAX_COLUMNS = 256;
    /** Members of nested objects kept at most (first seen first), as their paths. */
    static final int MAX_NESTED_COLUMNS = 256;
    /** Objects are followed this many levels below the record (members of deeper ones are containers). */
    static final int MAX_DEPTH = 4;
    /** Strings longer than this are kept as {@link #LONG_TEXT}: never a category. */
    static final int MAX_TEXT = 100;
    static final Object NULL = new Marker("null");
    static final Object CONTAINER = new Marker("container");
    static final Object LONG_TEXT = new Marker("long text");

    private record Marker(String name) {
    }

    private record Entry(long priority, long index, Object[] row) {
    }

    private final boolean enabled;
    private final int capacity;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int topLevel;
    private final PriorityQueue<Entry> heap = new PriorityQueue<>(
            Comparator.comparingLong(Entry::priority).thenComparingLong(Entry::index).reversed());

    private RecordSample(boolean enabled, int capacity) {
        this.enabled = enabled;
        this.capacity = capacity;
    }

    /** A sample that keeps up to {@code capacity} records, or none when not enabled. */
    public static RecordSample of(boolean enabled, int capacity) {
        return new RecordSample(enabled, capacity);
    }

    /**
     * Looks at one record (the parser on its {@code START_OBJECT}) and returns the parser the rest of
     * the analysis reads it from: {@code p} itself when the record is not sampled, else a parser that
     * passes every token through (locations in error messages included) and keeps a copy, which
     * becomes a sample row when the record's last token has been read.
     */
    public JsonParser tap(JsonParser p, long index) throws IOException {
        if (!enabled || p.currentToken() != JsonToken.START_OBJECT) {
            return p;
        }
        long priority = Rng.mix(index ^ 0x5DEECE66DL) >>> 1;
        if (heap.size() >= capacity && priority >= heap.peek().priority()) {
            return p;
        }
        return new Tee(p, priority, index);
    }

    /** Passes tokens through and copies them; adds the record to the sample once it is complete. */
    private final class Tee extends JsonParserDelegate {
        private final TokenBuffer copy;
        private final long priority;
        private final long index;
        private int depth = 1;

        Tee(JsonParser p, long priority, long index) throws IOException {
            super(p);
            this.priority = priority;
            this.index = index;
            this.copy = new TokenBuffer(p, null);
            copy.copyCurrentEvent(p);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = delegate.nextToken();
            if (t == null || depth == 0) {
                return t;
            }
            copy.copyCurrentEvent(delegate);
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                depth++;
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                depth--;
                if (depth == 0) {
                    complete();
                }
            }
            return t;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken t = nextToken();
            return t == JsonToken.FIELD_NAME ? nextToken() : t;
        }

        @Override
        public JsonParser skipChildren() throws IOException {
            JsonToken t = currentToken();
            if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
                return this;
            }
            int open = 1;
            while (open > 0) {
                JsonToken n = nextToken();
                if (n == null) {
                    break;
                }
                if (n == JsonToken.START_OBJECT || n == JsonToken.START_ARRAY) {
                    open++;
                } else if (n == JsonToken.END_OBJECT || n == JsonToken.END_ARRAY) {
                    open--;
                }
            }
            return this;
        }

        private void complete() throws IOException {
            try (JsonParser a = copy.asParser()) {
                a.nextToken();
                heap.add(new Entry(priority, index, row(a)));
            }
            if (heap.size() > capacity) {
                heap.poll();
            }
        }
    }

    private Object[] row(JsonParser p) throws IOException {
        return members(p, "", 0, new Object[Math.min(MAX_COLUMNS + MAX_NESTED_COLUMNS, Math.max(8, names.size() + 4))]);
    }

    /** Reads an object's members into the row (nested objects' members too, as their paths); returns the row. */
    private Object[] members(JsonParser p, String prefix, int depth, Object[] row) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = FieldPath.member(prefix, p.currentName());
            JsonToken v = p.nextToken();
            Integer col = columns.get(key);
            if (col == null && (depth == 0 ? topLevel < MAX_COLUMNS : names.size() - topLevel < MAX_NESTED_COLUMNS)) {
                col = names.size();
                columns.put(key, col);
                names.add(key);
                topLevel += depth == 0 ? 1 : 0;
            }
            if (col != null && col >= row.length) {
                row = java.util.Arrays.copyOf(row, Math.min(MAX_COLUMNS + MAX_NESTED_COLUMNS,
                        Math.max(col + 1, row.length * 2)));
            }
            if (v == JsonToken.START_OBJECT && depth < MAX_DEPTH) {
                if (col != null) {
                    row[col] = CONTAINER;
                }
                row = members(p, key, depth + 1, row);
                continue;
            }
            Object value = switch (v) {
                case START_OBJECT, START_ARRAY -> {
                    p.skipChildren();
                    yield CONTAINER;
                }
                case VALUE_NULL -> NULL;
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_STRING -> p.getTextLength() > MAX_TEXT ? LONG_TEXT : p.getText();
                case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? (Object) p.getDoubleValue() : (Object) p.getLongValue();
                case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                default -> null;
            };
            if (col != null) {
                row[col] = value;
            }
        }
        return row;
    }

    /** Whether records are being sampled. */
    public boolean enabled() {
        return enabled;
    }

    /** Field paths (top-level members and members of nested objects), by column. */
    List<String> names() {
        return List.copyOf(names);
    }

    /** The sampled rows in input order, each as long as {@link #names()}. */
    List<Object[]> rows() {
        List<Entry> entries = new ArrayList<>(heap);
        entries.sort(Comparator.comparingLong(Entry::index));
        List<Object[]> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(e.row().length == names.size() ? e.row() : java.util.Arrays.copyOf(e.row(), names.size()));
        }
        return out;
    }
}
