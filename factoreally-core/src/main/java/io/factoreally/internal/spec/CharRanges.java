package io.factoreally.internal.spec;

import java.util.BitSet;
import java.util.SortedSet;

/**
 * The character-set notation of TEMPLATE's {@code chars}: ranges {@code a-z} and single characters,
 * e.g. {@code 0-9a-f_}; a {@code -} is literal at the start or the end.
 */
public final class CharRanges {
    private CharRanges() {
    }

    /** Every character of a set, in ascending order; throws IllegalArgumentException when malformed. */
    public static String expand(String spec) {
        BitSet out = parse(spec);
        StringBuilder b = new StringBuilder(out.cardinality());
        for (int x = out.nextSetBit(0); x >= 0; x = out.nextSetBit(x + 1)) {
            b.append((char) x);
        }
        return b.toString();
    }

    /** Throws what {@link #expand} throws for a malformed set, without listing its characters. */
    public static void check(String spec) {
        parse(spec);
    }

    /** The characters of a set (sorted and unique, without boxing: reading every template checks its sets). */
    private static BitSet parse(String spec) {
        if (spec == null || spec.isEmpty()) {
            throw new IllegalArgumentException("is empty");
        }
        BitSet out = new BitSet();
        int i = 0;
        while (i < spec.length()) {
            char c = spec.charAt(i);
            if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("supports only characters of the Basic Multilingual Plane");
            }
            if (i + 2 < spec.length() && spec.charAt(i + 1) == '-') {
                char to = spec.charAt(i + 2);
                if (to < c) {
                    throw new IllegalArgumentException("has a descending range " + c + "-" + to);
                }
                if (Character.isSurrogate(to)) {
                    throw new IllegalArgumentException("supports only characters of the Basic Multilingual Plane");
                }
                out.set(c, to + 1);
                i += 3;
            } else {
                out.set(c);
                i++;
            }
        }
        out.clear(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1); // lone surrogates are not characters
        return out;
    }

    /** The shortest notation of a set of characters (runs of 3 or more become ranges). */
    public static String compact(SortedSet<Character> chars) {
        StringBuilder b = new StringBuilder();
        Character[] cs = chars.toArray(new Character[0]);
        boolean dash = chars.contains('-');
        int i = 0;
        while (i < cs.length) {
            if (cs[i] == '-') {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < cs.length && cs[j + 1] == cs[j] + 1 && cs[j + 1] != '-') {
                j++;
            }
            if (j - i >= 2) {
                b.append(cs[i]).append('-').append(cs[j]);
            } else {
                for (int x = i; x <= j; x++) {
                    b.append(cs[x]);
                }
            }
            i = j + 1;
        }
        if (dash) {
            b.append('-');
        }
        return b.toString();
    }

    /** A regular-expression character class matching exactly the set. */
    public static String regexClass(String spec) {
        StringBuilder b = new StringBuilder("[");
        for (char c : expand(spec).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else {
                b.append(String.format("\\x{%x}", (int) c));
            }
        }
        return b.append(']').toString();
    }
}
