package io.factoreally.internal.override;

import io.factoreally.FactoreallyException;

import java.util.ArrayList;
import java.util.List;

/**
 * Override path syntax: names joined by {@code .}; {@code [n]} or a segment of digits only selects
 * element n; a backslash escapes {@code . [ ] \} inside a name.
 */
public final class OverridePath {
    /** Largest element index an override may name (arrays are extended up to it). */
    public static final int MAX_INDEX = 1_000_000;

    private OverridePath() {
    }

    /** One segment. */
    public sealed interface Step permits Name, Index {
    }

    /** A member or map key. */
    public record Name(String name) implements Step {
    }

    /**
     * An element index; {@code text} is how it was written, for a map key or member of that name.
     *
     * @param bracketed whether it was written {@code [n]} (always an index) rather than {@code .n}
     */
    public record Index(int index, String text, boolean bracketed) implements Step {
    }

    /** Parses a path; errors name the path and the reason. */
    public static List<Step> parse(String path) {
        if (path == null || path.isEmpty()) {
            throw new FactoreallyException("invalid override path \"" + path + "\": the path is empty");
        }
        List<Step> out = new ArrayList<>();
        int i = 0;
        int n = path.length();
        boolean expectName = true;
        while (i < n) {
            char c = path.charAt(i);
            if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw invalid(path, "'[' at position " + i + " is not closed");
                }
                String digits = path.substring(i + 1, close);
                if (out.isEmpty() && i == 0) {
                    throw invalid(path, "an index needs a field before it");
                }
                out.add(index(path, digits, true));
                i = close + 1;
                expectName = false;
                continue;
            }
            if (c == '.' && !expectName) {
                i++;
                expectName = true;
                if (i == n) {
                    throw invalid(path, "the path ends with '.'");
                }
                continue;
            }
            if (!expectName) {
                throw invalid(path, "expected '.' or '[' at position " + i);
            }
            StringBuilder name = new StringBuilder();
            boolean escaped = false;
            while (i < n) {
                c = path.charAt(i);
                if (c == '\\' && i + 1 < n) {
                    name.append(path.charAt(i + 1));
                    escaped = true;
                    i += 2;
                    continue;
                }
                if (c == '.' || c == '[') {
                    break;
                }
                name.append(c);
                i++;
            }
            if (name.length() == 0) {
                throw invalid(path, "empty name at position " + i);
            }
            String s = name.toString();
            out.add(!escaped && isDigits(s) ? index(path, s, false) : new Name(s));
            expectName = false;
        }
        return out;
    }

    /** The path without indexes, as in the "every element" form ({@code items[0].name} -> {@code items.name}). */
    public static String withoutIndexes(List<Step> steps) {
        StringBuilder b = new StringBuilder();
        for (Step s : steps) {
            if (s instanceof Name nm) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(nm.name());
            }
        }
        return b.toString();
    }

    /** The canonical text: {@code items[0].name}, so {@code items.0.name} is the same override. */
    public static String canonical(List<Step> steps) {
        StringBuilder b = new StringBuilder();
        for (Step s : steps) {
            if (s instanceof Index ix) {
                b.append('[').append(ix.index()).append(']');
            } else {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(escape(((Name) s).name()));
            }
        }
        return b.toString();
    }

    private static String escape(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (c == '.' || c == '[' || c == ']' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        String s = b.toString();
        return isDigits(s) ? "\\" + s : s;
    }

    private static Index index(String path, String digits, boolean bracketed) {
        if (!isDigits(digits)) {
            throw invalid(path, "\"[" + digits + "]\" is not an element index (digits only, from 0)");
        }
        if (digits.length() > 7 || Integer.parseInt(digits) > MAX_INDEX) {
            throw invalid(path, "element index " + digits + " is larger than " + MAX_INDEX);
        }
        return new Index(Integer.parseInt(digits), digits, bracketed);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static FactoreallyException invalid(String path, String why) {
        return new FactoreallyException("invalid override path \"" + path + "\": " + why);
    }
}
