package io.factoreally.internal.relations;

/**
 * Shares repeated strings among the sampled rows: a fixed, direct-mapped table of recent strings by
 * hash, so a value that recurs (a status, a repository URL) is held once instead of once per row.
 * Identity only: the sample's values, and so the relations learned, are the same with or without it;
 * its memory is fixed whatever the input. Not thread-safe: one per sample, or per chunk of a worker.
 */
public final class StringPool {
    private static final int SLOTS = 1 << 14;
    private final String[] slots = new String[SLOTS];

    public StringPool() {
    }

    /**
     * The string of {@code chars[offset, offset + length)}: one already pooled when equal, else a new
     * one (so a repeated value costs no allocation). Same slots as {@link #canonical(String)}: the hash
     * is {@code String.hashCode}'s.
     */
    public String canonical(char[] chars, int offset, int length) {
        int h = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            h = 31 * h + chars[i];
        }
        int i = (h ^ (h >>> 16)) & (SLOTS - 1);
        String known = slots[i];
        if (known != null && known.length() == length && same(known, chars, offset)) {
            return known;
        }
        String s = new String(chars, offset, length);
        slots[i] = s;
        return s;
    }

    private static boolean same(String s, char[] chars, int offset) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code s}, or an equal string already pooled. */
    public String canonical(String s) {
        int h = s.hashCode();
        int i = (h ^ (h >>> 16)) & (SLOTS - 1);
        String known = slots[i];
        if (known != null && known.equals(s)) {
            return known;
        }
        slots[i] = s;
        return s;
    }
}
