package io.factoreally.internal.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Field path syntax. A path is a sequence of segments: an object member ({@code a.b}), an array
 * element ({@code a[]}) or a dynamic-map value ({@code a.{}}), as the original writes them.
 *
 * <p>Our extension (spec-format.md Part A rows 15-22): inside a member name the characters
 * {@code . [ ] { } \} are escaped with a backslash, and an empty member name is written {@code \e},
 * so any JSON key round-trips. Paths of the original never contain a backslash, so they parse the
 * same.
 */
public final class FieldPath {
    /** Element marker. */
    public static final String ELEMENT = "[]";
    /** Dynamic-map value marker. */
    public static final String MAP_VALUE = "{}";

    private FieldPath() {
    }

    /** One step of a path. */
    public sealed interface Segment permits Member, Element, MapValue {
    }

    /** An object member. */
    public record Member(String name) implements Segment {
    }

    /** Any element of an array. */
    public record Element() implements Segment {
    }

    /** Any value of a dynamic map. */
    public record MapValue() implements Segment {
    }

    /** The path of member {@code key} below {@code parent} ({@code ""} is the root). */
    public static String member(String parent, String key) {
        String escaped = escape(key);
        return parent.isEmpty() ? escaped : parent + "." + escaped;
    }

    /** The element path of array {@code parent}. */
    public static String element(String parent) {
        return parent + ELEMENT;
    }

    /** The value path of dynamic map {@code parent}. */
    public static String mapValue(String parent) {
        return parent.isEmpty() ? MAP_VALUE : parent + "." + MAP_VALUE;
    }

    /** Escapes a member name for use in a path. */
    public static String escape(String key) {
        if (key.isEmpty()) {
            return "\\e";
        }
        StringBuilder b = null;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean special = c == '.' || c == '[' || c == ']' || c == '{' || c == '}' || c == '\\';
            if (special && b == null) {
                b = new StringBuilder(key.length() + 4).append(key, 0, i);
            }
            if (b != null) {
                if (special) {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return b == null ? key : b.toString();
    }

    /**
     * Splits a path into segments.
     *
     * @throws IllegalArgumentException for a malformed path, with the reason
     */
    public static List<Segment> parse(String path) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int n = path.length();
        boolean expectName = true; // at start or after '.'
        while (i < n) {
            char c = path.charAt(i);
            if (c == '[') {
                if (i + 1 < n && path.charAt(i + 1) == ']') {
                    if (out.isEmpty() && i == 0) {
                        throw new IllegalArgumentException("an element marker [] needs an array before it");
                    }
                    out.add(new Element());
                    i += 2;
                    expectName = false;
                    continue;
                }
                throw new IllegalArgumentException("'[' at position " + i + " must be followed by ']'");
            }
            if (c == '.' && !expectName) {
                i++;
                expectName = true;
                if (i == n) {
                    throw new IllegalArgumentException("path ends with '.'");
                }
                continue;
            }
            if (!expectName) {
                throw new IllegalArgumentException("expected '.' or '[]' at position " + i);
            }
            if (c == '{' && i + 1 < n && path.charAt(i + 1) == '}' && (i + 2 == n || path.charAt(i + 2) == '.'
                    || path.charAt(i + 2) == '[')) {
                if (out.isEmpty()) {
                    throw new IllegalArgumentException("a map value marker {} needs a map before it");
                }
                out.add(new MapValue());
                i += 2;
                expectName = false;
                continue;
            }
            StringBuilder name = new StringBuilder();
            boolean emptyMarker = false;
            while (i < n) {
                c = path.charAt(i);
                if (c == '\\') {
                    if (i + 1 >= n) {
                        throw new IllegalArgumentException("path ends with an escape character");
                    }
                    char next = path.charAt(i + 1);
                    if (next == 'e') {
                        emptyMarker = true;
                    } else {
                        name.append(next);
                    }
                    i += 2;
                    continue;
                }
                if (c == '.' || c == '[') {
                    break;
                }
                name.append(c);
                i++;
            }
            if (name.length() == 0 && !emptyMarker) {
                throw new IllegalArgumentException("empty member name at position " + i);
            }
            out.add(new Member(name.toString()));
            expectName = false;
        }
        return out;
    }

    /** Joins segments back into the canonical path text. */
    public static String format(List<Segment> segments) {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            if (s instanceof Element) {
                b.append(ELEMENT);
            } else if (s instanceof MapValue) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(MAP_VALUE);
            } else {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(escape(((Member) s).name()));
            }
        }
        return b.toString();
    }

    /** The path of the container of the last segment ({@code ""} for a top-level member). */
    public static String parent(String path) {
        List<Segment> segs = parse(path);
        return format(segs.subList(0, Math.max(0, segs.size() - 1)));
    }
}
