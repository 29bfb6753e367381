package io.factoreally.internal.spec;

import java.util.List;
import java.util.Map;

/**
 * Checks that a spec's paths fit together: paths parse, containers carry their length hint, element
 * and map-value paths sit below a declared array or dynamic map, and sizes stay bounded.
 *
 * <p>An array or dynamic map without an element path is valid: its elements are empty objects
 * (spec-format.md Part A row 9; the original writes such specs for arrays of {@code {}}).
 */
final class SpecValidator {
    /** Longest array or largest dynamic map a spec may ask for. */
    static final long MAX_CONTAINER_SIZE = 1_000_000;
    /** Deepest path a spec may declare. */
    static final int MAX_DEPTH = 200;

    private SpecValidator() {
    }

    static void validate(Map<String, List<Hint>> fields) {
        for (Map.Entry<String, List<Hint>> e : fields.entrySet()) {
            String path = e.getKey();
            List<Hint> hints = e.getValue();
            List<FieldPath.Segment> segments;
            try {
                segments = path.isEmpty() ? List.of() : FieldPath.parse(path);
            } catch (IllegalArgumentException ex) {
                throw new SpecFormatException("field \"" + path + "\": invalid path: " + ex.getMessage());
            }
            if (segments.size() > MAX_DEPTH) {
                throw new SpecFormatException("field \"" + path.substring(0, 40) + "...\": path is " + segments.size()
                        + " levels deep, at most " + MAX_DEPTH + " are supported");
            }
            boolean container = has(hints, ArrayHint.class) || has(hints, ObjectHint.class);
            if (has(hints, ArrayHint.class) && has(hints, ObjectHint.class)) {
                throw new SpecFormatException("field \"" + path + "\": ARRAY and OBJECT cannot both be given");
            }
            if (container) {
                String marker = has(hints, ArrayHint.class) ? "ARRAY" : "OBJECT";
                NumberHint count = firstNumber(hints);
                if (count == null) {
                    throw new SpecFormatException("field \"" + path + "\" " + marker + ": needs a NUMBER hint after it for the "
                            + (marker.equals("ARRAY") ? "array length" : "key count"));
                }
                if (count.max().doubleValue() > MAX_CONTAINER_SIZE) {
                    throw new SpecFormatException("field \"" + path + "\" NUMBER.max " + count.max() + " is too large for "
                            + (marker.equals("ARRAY") ? "an array length" : "a key count") + " (at most "
                            + MAX_CONTAINER_SIZE + ")");
                }
            }
            checkContainers(fields, path, segments);
        }
    }

    /** Every [] or {} in a path must follow a path declared ARRAY or OBJECT. */
    private static void checkContainers(Map<String, List<Hint>> fields, String path, List<FieldPath.Segment> segs) {
        for (int i = 0; i < segs.size(); i++) {
            FieldPath.Segment s = segs.get(i);
            if (s instanceof FieldPath.Member) {
                continue;
            }
            String container = FieldPath.format(segs.subList(0, i));
            List<Hint> hints = fields.get(container);
            boolean element = s instanceof FieldPath.Element;
            Class<? extends Hint> needed = element ? ArrayHint.class : ObjectHint.class;
            if (hints == null || !has(hints, needed)) {
                throw new SpecFormatException("field \"" + path + "\": " + (element ? "element path" : "map value path")
                        + " below \"" + container + "\", which is not declared " + (element ? "ARRAY" : "OBJECT")
                        + (hints == null ? " (no such field)" : ""));
            }
        }
    }

    private static boolean has(List<Hint> hints, Class<? extends Hint> type) {
        for (Hint h : hints) {
            if (type.isInstance(h)) {
                return true;
            }
        }
        return false;
    }

    private static NumberHint firstNumber(List<Hint> hints) {
        for (Hint h : hints) {
            if (h instanceof NumberHint n) {
                return n;
            }
        }
        return null;
    }
}
