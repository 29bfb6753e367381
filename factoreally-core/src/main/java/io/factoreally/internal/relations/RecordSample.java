package io.factoreally.internal.relations;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.factoreally.internal.generate.Rng;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A bounded, seeded sample of records' fields (top-level members and members of nested objects, not
 * inside arrays) for learning relations: the records with the smallest hashes of their index (so the
 * sample depends only on the input, not on threads or chunking), at most {@link #CAPACITY} of them,
 * {@link #MAX_COLUMNS} top-level fields and {@link #MAX_NESTED_COLUMNS} nested ones, as their paths.
 * The objects inside their arrays are noted apart, for an {@link ElementSample}.
 *
 * <p>Whether a record is looked at all depends on its index alone: record {@code i} is captured when
 * its priority is below the largest of the {@code CAPACITY} smallest priorities of records
 * {@code 0..i-1} (or fewer than {@code CAPACITY} came before), the only records that can still enter
 * the sample. Captured records pass through untouched while their top-level fields are noted (no copy
 * of the record), so most records cost nothing. Two ways to feed it, with the same result:
 * <ul>
 *   <li>{@link #tap} (or {@link #follow}, told the tokens by their reader) on the reading thread, record
 *       by record in input order;</li>
 *   <li>in parallel: an {@link Admission} decides by index which records of a chunk to
 *       {@link #capture} (or {@link #follow(JsonParser, long, List)}), workers capture them into their own
 *       lists, and {@link #addAll} takes the lists in input order (one thread).</li>
 * </ul>
 * Field paths are looked up in a {@link FieldTree} (built once per path), not rebuilt per record.
 * Not thread-safe.
 *
 * <p>A row holds, per field: absent ({@code null}), {@link #NULL}, {@link #CONTAINER}, {@link #LONG_TEXT}
 * or the scalar ({@code String}, {@code Boolean}, {@code Long}, {@code Double}).
 */
public final class RecordSample {
    /**
     * Records kept at most: enough for tables that need 20 rows per category value, and small enough
     * that rows as wide as {@link #MAX_COLUMNS} + {@link #MAX_NESTED_COLUMNS} stay about 13M cells, and
     * that capturing and learning from them stays a small share of analysis time.
     */
    public static final int CAPACITY = 10_000;
    /** Top-level fields kept at most (first seen first). */
    static final int MAX_COLUMNS = 256;
    /** Members of nested objects kept at most (first seen first), as their paths. */
    static final int MAX_NESTED_COLUMNS = 1024;
    /** Objects are followed this many levels below the record (members of deeper ones are containers). */
    static final int MAX_DEPTH = 4;
    /** Strings longer than this are kept as {@link #LONG_TEXT}: never a category. */
    static final int MAX_TEXT = 100;
    static final Object NULL = new Marker("null");
    static final Object CONTAINER = new Marker("container");
    static final Object LONG_TEXT = new Marker("long text");

    private record Marker(String name) {
    }

    private final boolean enabled;
    private final int capacity;
    private final Map<String, Integer> columns = new HashMap<>();
    /** The fields {@link #tap} and {@link #follow} note, each remembering its column. */
    private final FieldTree tree = new FieldTree(4 * (MAX_COLUMNS + MAX_NESTED_COLUMNS));
    private final List<String> names = new ArrayList<>();
    private int topLevel;
    private final BottomK<Captured> heap;
    /** Rows by column, made from the kept records once they are asked for (null until then). */
    private List<Object[]> rows;
    /** The element sample's levels, made once asked for (null until then). */
    private List<ElementSample.Level> levels;
    /** Indices of the kept records, ascending (set with {@link #rows}). */
    private long[] keptIndices;
    /** Repeated sampled strings held once (rows are written on one thread at a time). */
    private final StringPool strings = new StringPool();
    /** Columns beyond which rows share repeated strings: narrow rows are small, pooling costs time. */
    static final int WIDE = 128;
    /** The most fields a record added had, for workers deciding whether to pool (volatile: they read it). */
    private volatile int width;
    private final ElementSample elements;

    /** Paths of the dynamic maps the model declares: their values are rows of {@code map.{}}, not columns. */
    private final Predicate<String> maps;

    private RecordSample(boolean enabled, int capacity, Predicate<String> maps) {
        this.enabled = enabled;
        this.capacity = capacity;
        this.maps = maps;
        this.heap = new BottomK<>(enabled ? capacity : 0);
        this.elements = new ElementSample(enabled ? capacity : 0);
    }

    /** A sample that keeps up to {@code capacity} records, or none when not enabled. */
    public static RecordSample of(boolean enabled, int capacity) {
        return new RecordSample(enabled, capacity, NO_MAPS);
    }

    /**
     * As {@link #of(boolean, int)}, where {@code maps} tells the paths of dynamic maps known before reading
     * (declared by the model): the objects that are their values become rows of {@code path.{}}, as the
     * objects inside arrays do, so that relations among their members are learned.
     */
    public static RecordSample of(boolean enabled, int capacity, Predicate<String> maps) {
        return new RecordSample(enabled, capacity, maps);
    }

    /** No dynamic maps known before reading. */
    static final Predicate<String> NO_MAPS = path -> false;

    /** The sampling priority of record {@code index}: smaller = kept first. */
    static long priority(long index) {
        return Rng.mix(index ^ 0x5DEECE66DL) >>> 1;
    }

    /**
     * Looks at one record (the parser on its {@code START_OBJECT}; records in input order) and returns
     * the parser the rest of the analysis reads it from: {@code p} itself when the record cannot enter
     * the sample, else a parser that passes every token through (locations in error messages
     * included) and notes the record's top-level fields, which become a sample row when the record's
     * last token has been read.
     */
    public JsonParser tap(JsonParser p, long index) {
        Capture c = capture(p, index, false);
        return c == null ? p : c;
    }

    /**
     * As {@link #tap}, for a reader that reads the record from {@code p} itself and tells the returned
     * {@link Tap} every token it reads, in order, right after reading it (null when the record cannot
     * enter the sample): the reader's calls on the parser then go to it directly, not through a
     * delegate (the analysis reads every token of every captured record).
     */
    public Tap follow(JsonParser p, long index) {
        return capture(p, index, true);
    }

    private Capture capture(JsonParser p, long index, boolean told) {
        if (!enabled || p.currentToken() != JsonToken.START_OBJECT) {
            return null;
        }
        long priority = priority(index);
        if (!heap.wouldKeep(priority)) {
            return null;
        }
        // the objects inside its arrays only when the record can still enter their (smaller) sample
        return new Capture(p, new Captured(priority, index, this, null), tree, this::add, elements.wouldKeep(priority),
                maps, told);
    }

    /**
     * Notes a record's fields from its tokens, told one by one as they are read (see {@link #follow}).
     * The reader has the text of every string value anyway: it tells it with {@link #string} instead of
     * the tap copying it again.
     */
    public interface Tap {
        /** The token just read ({@code p.nextToken()}'s result, the parser still on it). */
        void token(JsonToken t) throws IOException;

        /**
         * The text of the {@code VALUE_STRING} token just told to {@link #token}, as a string equal to
         * the parser's text: told for every such token, before the next token.
         */
        void string(String value);
    }

    /**
     * Decides, from record indices alone and in input order, which records {@link #tap} would capture:
     * for chunks read in parallel. A fresh admission starts at record 0.
     */
    public Admission admission() {
        return new Admission(enabled ? capacity : 0);
    }

    /** Which records may still enter the sample, by index; fed every index in order. */
    public static final class Admission {
        /** The smallest priorities so far, as the sample's heap holds them. */
        private final BottomK<Void> smallest;
        private long next;

        private Admission(int capacity) {
            this.smallest = new BottomK<>(capacity);
        }

        /** Whether record {@code index} is captured; indices must come in order 0, 1, 2, ... */
        public boolean admit(long index) {
            if (index != next++) {
                throw new IllegalStateException("record " + index + " out of order, expected " + (next - 1));
            }
            long priority = priority(index);
            if (!smallest.wouldKeep(priority)) {
                return false;
            }
            smallest.add(priority, index, null);
            return true;
        }

        /**
         * Notes record {@code index} without deciding on it (indices in order 0, 1, 2, ..., as for
         * {@link #admit}): for a reader that counts records ahead of reading them, see {@link #mayKeep}.
         */
        public void see(long index) {
            admit(index);
        }

        /**
         * Whether record {@code index}, already {@link #see seen}, is among the smallest priorities of all
         * records seen so far: the only records that can still be in the sample. A reader that has seen
         * records ahead of the one it reads captures fewer this way than with {@link #admit} (decided from
         * the records before it only), and the sample is the same (see {@link RecordSample#rows()}).
         */
        public boolean mayKeep(long index) {
            if (index >= next) {
                throw new IllegalStateException("record " + index + " not seen yet");
            }
            return smallest.holds(priority(index), index);
        }
    }

    /** One captured record's fields (parents before members) and values in record order, before they become a row. */
    public static final class Captured {
        private final long priority;
        private final long index;
        private FieldTree.Field[] fields;
        private Object[] values;
        private int size;
        /** The sample a tapped record goes to (its strings may be pooled there), else null. */
        private final RecordSample direct;
        /** Objects inside the record's arrays, noted by the capture's {@link ElementCapture}. */
        List<ElementSample.Element> elements = new ArrayList<>(0);

        /** Where a worker's captured strings are shared (null: not shared). */
        private final StringPool strings;

        private Captured(long priority, long index, RecordSample direct, StringPool strings) {
            this(priority, index, direct, strings, 8);
        }

        /** @param width fields expected (the widest record its chunk captured so far): no growing on the way */
        private Captured(long priority, long index, RecordSample direct, StringPool strings, int width) {
            this.priority = priority;
            this.index = index;
            this.direct = direct;
            this.strings = strings;
            fields = new FieldTree.Field[width];
            values = new Object[width];
        }

        /** The pool its strings come from: the sample's when rows are filled directly, else the chunk's. */
        private StringPool strings() {
            return direct != null ? (direct.width > WIDE ? direct.strings : null) : strings;
        }

        private void add(FieldTree.Field f, Object value) {
            if (size == fields.length) {
                fields = Arrays.copyOf(fields, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            fields[size] = f;
            values[size++] = value;
        }
    }

    /**
     * Returns a parser that passes record {@code index} (parser on its {@code START_OBJECT}) through and
     * adds its top-level fields to {@code into} once its last token has been read; for a worker that
     * reads the records an {@link Admission} admitted. The rows go to {@link #addAll} in input order.
     */
    public static JsonParser capture(JsonParser p, long index, List<Captured> into) {
        return new Capture(p, new Captured(priority(index), index, null, null), new FieldTree(0),
                into::add, true, NO_MAPS, false);
    }

    /**
     * As {@link #capture}, for a reader that tells the returned {@link Tap} every token it reads from
     * {@code p} (see {@link #follow(JsonParser, long)}).
     */
    public static Tap follow(JsonParser p, long index, List<Captured> into) {
        return new Capture(p, new Captured(priority(index), index, null, null), new FieldTree(0), into::add, true,
                NO_MAPS, true);
    }

    /**
     * A pool for one chunk's captured records (see {@link #follow(JsonParser, long, List, StringPool)}),
     * or null when the sample's rows are narrow; any thread. Before the first rows arrive the width is not
     * known yet, and the first chunks are the ones whose records are all sampled: they pool. Pooling never
     * changes a value.
     */
    public StringPool chunkStrings() {
        int w = width;
        return w == 0 || w > WIDE ? new StringPool() : null;
    }

    /**
     * What the records one worker captures from a chunk share: their fields, so that each path is built
     * once per chunk (and its column looked up once when the chunk is added), and for wide rows their
     * repeated strings. One thread at a time; its records go to the sample that made it.
     */
    public static final class Chunk {
        private final FieldTree tree = new FieldTree(4 * (MAX_COLUMNS + MAX_NESTED_COLUMNS));
        private final StringPool strings;
        private final Predicate<String> maps;
        /** The most fields a record of this chunk had so far (records of one source are alike). */
        private int width = 8;

        private Chunk(StringPool strings, Predicate<String> maps) {
            this.strings = strings;
            this.maps = maps;
        }
    }

    /** A new {@link Chunk} for records this sample will be given by {@link #addAll}; any thread. */
    public Chunk chunk() {
        return new Chunk(chunkStrings(), maps);
    }

    /** As {@link #follow(JsonParser, long, List)}, for one of the records of {@code chunk}. */
    public static Tap follow(JsonParser p, long index, List<Captured> into, Chunk chunk) {
        return new Capture(p, new Captured(priority(index), index, null, chunk.strings, chunk.width), chunk.tree,
                c -> {
                    chunk.width = Math.max(chunk.width, c.size);
                    into.add(c);
                }, true, chunk.maps, true);
    }

    /** Adds records captured by {@link #capture}, all records' lists in input order. */
    public void addAll(List<Captured> records) {
        for (Captured c : records) {
            add(c);
        }
    }

    private void add(Captured c) {
        if (rows != null) {
            throw new IllegalStateException("records added after the rows were made");
        }
        if (c.size > width) {
            width = c.size;
        }
        heap.add(c.priority, c.index, c);
        elements.add(c.priority, c.index, c.elements);
        c.elements = List.of(); // held by the element sample (if at all), not twice
    }

    /**
     * Makes the rows of the kept records, in input order, and with them the columns: a field gets one
     * when it first occurs among the kept records (up to the limits). So the columns depend only on the
     * records kept, not on which others were captured on the way: a reader that can tell sooner which
     * records cannot be kept captures fewer, and gets the same sample.
     */
    private List<Object[]> made() {
        if (rows == null) {
            List<Captured> kept = heap.valuesByIndex();
            List<Object[]> out = new ArrayList<>(kept.size());
            keptIndices = new long[kept.size()];
            for (Captured c : kept) {
                keptIndices[out.size()] = c.index;
                Object[] row = new Object[Math.min(MAX_COLUMNS + MAX_NESTED_COLUMNS, Math.max(8, names.size() + 4))];
                for (int i = 0; i < c.size; i++) {
                    row = put(row, c.fields[i], c.values[i]);
                }
                c.fields = null; // the row holds the values now
                c.values = null;
                out.add(row);
            }
            out.replaceAll(row -> row.length == names.size() ? row : Arrays.copyOf(row, names.size()));
            rows = out;
        }
        return rows;
    }

    /** Puts a field's value into its column of {@code row} (grown when needed), if it has one. */
    private Object[] put(Object[] row, FieldTree.Field f, Object value) {
        int col = column(f);
        if (col < 0) {
            return row;
        }
        Object[] r = row;
        if (col >= r.length) {
            r = Arrays.copyOf(r, Math.min(MAX_COLUMNS + MAX_NESTED_COLUMNS, Math.max(col + 1, r.length * 2)));
        }
        r[col] = value;
        return r;
    }

    /**
     * The column of a field, made when the field is new and its kind's column limit is not reached, else
     * {@link FieldTree#NONE}. The field remembers the answer (a column stays, and a limit once reached
     * stays reached): fields of this sample's own tree and of its {@link Chunk}s are only ever looked up
     * here.
     */
    private int column(FieldTree.Field f) {
        if (f.column != FieldTree.UNRESOLVED) {
            return f.column;
        }
        Integer col = columns.get(f.path);
        boolean top = !f.nested;
        if (col == null && (top ? topLevel < MAX_COLUMNS : names.size() - topLevel < MAX_NESTED_COLUMNS)) {
            col = names.size();
            columns.put(f.path, col);
            names.add(f.path);
            topLevel += top ? 1 : 0;
        }
        int c = col == null ? FieldTree.NONE : col;
        f.column = c;
        return c;
    }

    /**
     * Passes tokens through and notes the record's fields: members of the record and of objects nested
     * in objects up to {@link #MAX_DEPTH} levels (not inside arrays); hands them on when complete.
     */
    private static final class Capture extends TokenFollowingDelegate implements Tap {
        private final Captured fields;
        /** Notes the objects inside the record's arrays, from the same tokens (null: not needed). */
        private final ElementCapture notes;
        private final java.util.function.Consumer<Captured> done;
        /** Open containers; 1 = inside the record object. */
        private int depth = 1;
        /** Per open container (by depth): an object whose members are noted, else null. */
        private FieldTree.Field[] objects = new FieldTree.Field[MAX_DEPTH + 2];
        /** Per open container: the member noted last in it (null before its first). */
        private FieldTree.Field[] previous = new FieldTree.Field[MAX_DEPTH + 2];
        /** The member whose value comes next, when its object's members are noted. */
        private FieldTree.Field pending;

        /** Paths of dynamic maps known before reading: their members are not fields (ElementCapture rows them). */
        private final Predicate<String> maps;
        /** Whether the reader tells string values ({@link #string}): then no copy of their text is made here. */
        private final boolean told;
        /** The field whose string value the reader tells next, or null. */
        private FieldTree.Field awaiting;

        Capture(JsonParser p, Captured into, FieldTree tree, java.util.function.Consumer<Captured> done,
                boolean elements, Predicate<String> maps, boolean told) {
            super(p);
            this.maps = maps;
            this.told = told;
            this.notes = elements ? new ElementCapture(p, into.elements, maps) : null;
            this.fields = into;
            this.done = done;
            objects[1] = tree.root();
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = delegate.nextToken();
            token(t);
            return t;
        }

        @Override
        public void token(JsonToken t) throws IOException {
            if (t == null || depth == 0) {
                return;
            }
            if (notes != null) {
                notes.token(t, pending);
            }
            switch (t) {
                case FIELD_NAME -> {
                    FieldTree.Field object = objects[depth];
                    if (object != null) {
                        pending = object.member(delegate.currentName(), previous[depth]);
                        previous[depth] = pending;
                    }
                }
                case START_OBJECT, START_ARRAY -> {
                    FieldTree.Field member = pending;
                    pending = null;
                    if (member != null) {
                        fields.add(member, CONTAINER);
                    }
                    depth++;
                    if (depth >= objects.length) {
                        objects = Arrays.copyOf(objects, depth * 2);
                        previous = Arrays.copyOf(previous, depth * 2);
                    }
                    previous[depth] = null;
                    // an object's members are noted down to MAX_DEPTH levels below the record
                    objects[depth] = member != null && t == JsonToken.START_OBJECT && depth <= MAX_DEPTH + 1
                            && !maps.test(member.path) ? member : null;
                }
                case END_OBJECT, END_ARRAY -> {
                    if (--depth == 0) {
                        done.accept(fields);
                    }
                }
                default -> {
                    if (pending != null) {
                        if (told && t == JsonToken.VALUE_STRING && delegate.getTextLength() <= MAX_TEXT) {
                            awaiting = pending;
                        } else {
                            fields.add(pending, scalar(delegate, t, fields.strings()));
                        }
                        pending = null;
                    }
                }
            }
        }

        @Override
        public void string(String value) {
            if (awaiting != null) {
                StringPool strings = fields.strings();
                fields.add(awaiting, strings == null ? value : strings.canonical(value));
                awaiting = null;
            }
        }
    }

    /** A scalar as a row keeps it (the parser on the value's token). */
    static Object scalar(JsonParser p, JsonToken v) throws IOException {
        return scalar(p, v, null);
    }

    /** As {@link #scalar(JsonParser, JsonToken)}, taking strings from {@code strings} when given. */
    static Object scalar(JsonParser p, JsonToken v, StringPool strings) throws IOException {
        return switch (v) {
            case VALUE_NULL -> NULL;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_STRING -> {
                int length = p.getTextLength();
                if (length > MAX_TEXT) {
                    yield LONG_TEXT;
                }
                // from the buffer rather than getText(), so that the parser keeps its characters for the analysis
                if (!p.hasTextCharacters()) {
                    yield strings == null ? p.getText() : strings.canonical(p.getText());
                }
                yield strings == null ? new String(p.getTextCharacters(), p.getTextOffset(), length)
                        : strings.canonical(p.getTextCharacters(), p.getTextOffset(), length);
            }
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? (Object) p.getBigIntegerValue().doubleValue() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            default -> null;
        };
    }

    /** Whether records are being sampled. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Makes the rows and the element levels now, once every record is in (they are made when first
     * asked for otherwise): so another thread can make them while the spec is assembled. Any thread,
     * one at a time; whoever asks after it must see its writes (e.g. through a {@code Future}).
     */
    public void prepare() {
        made();
        elementLevels();
    }

    /** Field paths (top-level members and members of nested objects), by column. */
    List<String> names() {
        made();
        return List.copyOf(names);
    }

    /** The sampled objects inside arrays, per element path. */
    List<ElementSample.Level> elementLevels() {
        if (levels == null) {
            levels = makeLevels();
        }
        return levels;
    }

    private List<ElementSample.Level> makeLevels() {
        made();
        long[] indices = keptIndices; // ascending: kept in input order
        return elements.levels(index -> Arrays.binarySearch(indices, index) >= 0);
    }

    /** The sampled rows in input order, each as long as {@link #names()} (the same lists every call). */
    List<Object[]> rows() {
        return new ArrayList<>(made());
    }
}
