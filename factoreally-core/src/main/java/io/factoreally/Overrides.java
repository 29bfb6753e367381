package io.factoreally;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.factoreally.internal.generate.JsonValues;
import io.factoreally.internal.override.OverridePath;
import io.factoreally.internal.override.OverrideValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An immutable, ordered set of overrides by field path, applied to each generated record.
 *
 * <p><b>Paths.</b> {@code a.b.c} nested members; {@code items[0].name} or {@code items.0.name} one
 * element; {@code items.name} every element; below a dynamic map any key is a segment
 * ({@code metadata.utm_source} sets or adds that key). A backslash escapes {@code . [ ] \} in a name.
 * {@code items[0].name} and {@code items.0.name} are the same override.
 *
 * <p><b>Values.</b> A static value (shared by all records, except that {@code List}s and {@code Map}s
 * are copied for each record), a {@link Supplier} (called for each location), a {@link ValueFunction}
 * of the generated value there ({@code null} when absent), or a {@link RecordFunction} of that value
 * and the whole record (with earlier overrides applied). Generated integers are {@code Long}, floats
 * {@code Double}, so a function declared for {@code Integer} fails with a clear error. Functions and
 * suppliers run once per location: on every element for an every-element path.
 *
 * <p><b>Setting.</b> A top-level field is always set, added in its spec position when the record
 * lacks it. Deeper, a member is set or added when its parent object is present; when a parent on the
 * way is absent or null the override does nothing. An index beyond the end of an array first extends
 * it with the elements a longer array would have had (the original pads with nulls). A path that
 * names no field of the spec is an error when the overrides meet a factory, naming the closest known
 * paths.
 *
 * <p><b>Order.</b> Overrides apply one after another in insertion order, each seeing the effect of the
 * earlier ones. Adding an override for a path already present replaces its value but keeps its place
 * in the order (as the original's dict merge does).
 *
 * <p>To pass a static {@code null} write {@code Overrides.of("nickname", (Object) null)} or use
 * {@link #parse} ({@code "nickname=null"}).
 */
public final class Overrides {
    private static final Overrides NONE = new Overrides(Map.of());

    /** The reader of {@link #parse} literals, created on first parse: {@link #none()} is on every factory's path. */
    private static final class Literals {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** Canonical path -> entry, in application order. */
    private final Map<String, Entry> entries;

    private record Entry(String path, Object value) {
    }

    private Overrides(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** A function of the generated value at the path. */
    @FunctionalInterface
    public interface ValueFunction<T> {
        Object apply(T value);
    }

    /** A function of the generated value at the path and the whole record. */
    @FunctionalInterface
    public interface RecordFunction<T> {
        Object apply(T value, Map<String, Object> record);
    }

    /** No overrides. */
    public static Overrides none() {
        return NONE;
    }

    /**
     * One override; {@code value} may be a static value, a {@link Supplier}, a {@link ValueFunction} or
     * a {@link RecordFunction}.
     *
     * @throws FactoreallyException for a malformed path (whether it names a spec field is checked when
     *                              the overrides are used with a factory)
     */
    public static Overrides of(String path, Object value) {
        return NONE.and(path, value);
    }

    /** One override computed for each record. */
    public static Overrides of(String path, Supplier<?> supplier) {
        return NONE.and(path, (Object) supplier);
    }

    /** One override computed from the generated value. */
    public static <T> Overrides of(String path, ValueFunction<T> function) {
        return NONE.and(path, (Object) function);
    }

    /** One override computed from the generated value and the whole record. */
    public static <T> Overrides of(String path, RecordFunction<T> function) {
        return NONE.and(path, (Object) function);
    }

    /** This plus one more (a later override of the same path wins, keeping the earlier one's place). */
    public Overrides and(String path, Object value) {
        String key = OverridePath.canonical(OverridePath.parse(path));
        Map<String, Entry> next = new LinkedHashMap<>(entries);
        next.put(key, new Entry(path, value));
        return new Overrides(Collections.unmodifiableMap(next));
    }

    /** This plus an override computed for each record. */
    public Overrides and(String path, Supplier<?> supplier) {
        return and(path, (Object) supplier);
    }

    /** This plus an override computed from the generated value. */
    public <T> Overrides and(String path, ValueFunction<T> function) {
        return and(path, (Object) function);
    }

    /** This plus an override computed from the generated value and the whole record. */
    public <T> Overrides and(String path, RecordFunction<T> function) {
        return and(path, (Object) function);
    }

    /** This plus all of {@code other}, applied after this one's (same-path rule as {@link #and(String, Object)}). */
    public Overrides and(Overrides other) {
        if (other.entries.isEmpty()) {
            return this;
        }
        if (entries.isEmpty()) {
            return other;
        }
        Map<String, Entry> next = new LinkedHashMap<>(entries);
        next.putAll(other.entries);
        return new Overrides(Collections.unmodifiableMap(next));
    }

    /**
     * Parses annotation-style overrides {@code "path=value"}: the value is a JSON literal when it
     * parses as one ({@code 42}, {@code true}, {@code null}, {@code ["a"]}, {@code "quoted"}), else
     * the text itself as a string ({@code role=admin}). The path ends at the first {@code =}.
     *
     * @throws FactoreallyException for an assignment without {@code =} or with a malformed path
     */
    public static Overrides parse(String... assignments) {
        Overrides out = NONE;
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq < 0) {
                throw new FactoreallyException("invalid override \"" + a + "\": expected path=value");
            }
            out = out.and(a.substring(0, eq).strip(), literal(a.substring(eq + 1)));
        }
        return out;
    }

    private static Object literal(String text) {
        if (text.isBlank()) {
            return text;
        }
        try {
            JsonNode n = Literals.MAPPER.readTree(text);
            return n == null || n.isMissingNode() ? text : JsonValues.toJava(n);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    /** Whether there are no overrides. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The paths as given, in application order. */
    public List<String> paths() {
        List<String> out = new ArrayList<>();
        entries.values().forEach(e -> out.add(e.path()));
        return out;
    }

    /** Path -> how to compute the value, in application order (for the compiler). */
    Map<String, OverrideValue> values() {
        Map<String, OverrideValue> out = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            out.put(e.path(), valueOf(e.path(), e.value()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static OverrideValue valueOf(String path, Object v) {
        if (v instanceof Supplier<?> s) {
            return (current, record) -> s.get();
        }
        if (v instanceof ValueFunction<?> f) {
            ValueFunction<Object> fn = (ValueFunction<Object>) f;
            return (current, record) -> call(path, current, () -> fn.apply(current));
        }
        if (v instanceof RecordFunction<?> f) {
            RecordFunction<Object> fn = (RecordFunction<Object>) f;
            return (current, record) -> call(path, current, () -> fn.apply(current, record));
        }
        return (current, record) -> copy(v);
    }

    private static Object call(String path, Object current, Supplier<Object> call) {
        try {
            return call.get();
        } catch (ClassCastException e) {
            throw new FactoreallyException("override \"" + path + "\": the function does not accept the generated value "
                    + current + " (" + current.getClass().getName() + "): " + e.getMessage(), e);
        }
    }

    private static Object copy(Object v) {
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(e -> out.add(copy(e)));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, e) -> out.put(k, copy(e)));
            return out;
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Overrides other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "Overrides" + paths();
    }
}
