package io.factoreally.internal.generate;

import io.factoreally.internal.spec.TextHint;

import java.util.List;

/**
 * TEXT. The original's form: a target length uniform in [min, max] (at least 1), then the longest
 * prefix of the lorem-ipsum word list (starting at "lorem", whole words joined by spaces) that fits;
 * a target shorter than "lorem" truncates it. Longer targets than the list continue from its start.
 *
 * <p>Ours, with {@code words}: words joined by spaces until the target length is reached, never beyond
 * {@code max}; the first drawn among {@code first}, each next among the followers {@code next} lists
 * for the word before it (by the words' weights), or among all words where the hint lists none or none
 * fits; a text still shorter than {@code min} when no word fits the room left ends with the start of one
 * more word (or a full stop, when one character is missing). Lengths are code points.
 */
final class TextSampler implements ValueSampler {
    private static final String[] WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod"
            + " tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation"
            + " ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate"
            + " velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa"
            + " qui officia deserunt mollit anim id est laborum").split(" ");
    /** Draws for a word that still fits before the text ends where it is. */
    private static final int FIT_ATTEMPTS = 8;
    private final long min;
    private final long max;
    /** Ours: the words and their cumulative weights, or null for lorem ipsum. */
    private final String[] words;
    private final int[] lengths;
    private final double[] cumulative;
    /** Positions of the words that begin a text (empty: any), and each word's followers (empty: any). */
    private final int[] first;
    private final int[][] next;

    TextSampler(TextHint hint) {
        this.min = Math.max(1, (long) Math.ceil(hint.min().doubleValue()));
        this.max = Math.max(min, (long) Math.floor(hint.max().doubleValue()));
        List<String> w = hint.words();
        if (w == null) {
            words = null;
            lengths = null;
            cumulative = null;
            first = null;
            next = null;
            return;
        }
        first = hint.first() == null ? new int[0] : hint.first().stream().mapToInt(Integer::intValue).toArray();
        next = new int[w.size()][];
        for (int i = 0; i < next.length; i++) {
            next[i] = hint.next() == null ? new int[0] : hint.next().get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        words = w.toArray(String[]::new);
        lengths = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            lengths[i] = words[i].codePointCount(0, words[i].length());
        }
        double[] c = WeightedPick.cumulative(hint.weights(), words.length);
        if (c == null) { // all weights zero: uniform
            c = new double[words.length];
            for (int i = 0; i < words.length; i++) {
                c[i] = i + 1;
            }
        }
        cumulative = c;
    }

    @Override
    public Object sample(Rng rng) {
        long target = rng.nextLong(min, max);
        return words == null ? text(target) : words(rng, target, max, min);
    }

    long min() {
        return min;
    }

    long max() {
        return max;
    }

    /**
     * The edge cases' shortest and longest text: with words, exactly {@code target} code points; else the
     * lorem-ipsum prefix for that length.
     */
    String text(Rng rng, long target) {
        return words == null ? text(target) : words(rng, target, target, target);
    }

    /**
     * Words until the text has {@code target} code points, never more than {@code most}; a text still
     * shorter than {@code least} ends with the start of one more word.
     */
    private String words(Rng rng, long target, long most, long least) {
        StringBuilder b = new StringBuilder();
        long length = 0;
        int previous = -1;
        while (length < target) {
            long room = most - length - (length == 0 ? 0 : 1);
            int[] candidates = previous < 0 ? first : next[previous];
            int i = candidates.length == 0 ? -1 : fittingAmong(rng, candidates, room);
            if (i < 0) {
                i = fitting(rng, room, length < least);
            }
            if (i < 0) {
                break;
            }
            previous = i;
            if (length > 0) {
                b.append(' ');
                length++;
            }
            b.append(words[i]);
            length += lengths[i];
        }
        if (length < least) { // no word fits the room left: the start of one more word, or a full stop
            long need = least - length;
            if (length > 0 && need == 1) {
                b.append('.');
            } else {
                if (length > 0) {
                    b.append(' ');
                    need--;
                }
                String w = words[draw(rng)];
                b.append(w, 0, w.offsetByCodePoints(0, (int) need)); // need <= room < every word's length
            }
        }
        return b.toString();
    }

    /**
     * A drawn word of at most {@code room} code points, or -1. When the text is still too short, the most
     * frequent word that fits rather than none.
     */
    private int fitting(Rng rng, long room, boolean tooShort) {
        for (int attempt = 0; attempt < FIT_ATTEMPTS; attempt++) {
            int drawn = draw(rng);
            if (lengths[drawn] <= room) {
                return drawn;
            }
        }
        if (tooShort) {
            for (int i = 0; i < words.length; i++) {
                if (lengths[i] <= room) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** One of {@code candidates} of at most {@code room} code points, drawn by the words' weights, or -1. */
    private int fittingAmong(Rng rng, int[] candidates, long room) {
        double total = 0;
        for (int c : candidates) {
            if (lengths[c] <= room) {
                total += weight(c);
            }
        }
        if (total <= 0) {
            return -1;
        }
        double u = rng.nextDouble() * total;
        int last = -1;
        for (int c : candidates) {
            if (lengths[c] <= room) {
                last = c;
                u -= weight(c);
                if (u < 0) {
                    return c;
                }
            }
        }
        return last; // rounding
    }

    private double weight(int i) {
        return cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
    }

    private int draw(Rng rng) {
        return WeightedPick.pick(cumulative, rng);
    }

    /** The lorem-ipsum prefix for a target length. */
    String text(long target) {
        if (target < WORDS[0].length()) {
            return WORDS[0].substring(0, (int) target);
        }
        StringBuilder b = new StringBuilder((int) Math.min(target, 1 << 16)).append(WORDS[0]);
        for (int i = 1; ; i++) {
            String w = WORDS[i % WORDS.length];
            if (b.length() + 1 + w.length() > target) {
                return b.toString();
            }
            b.append(' ').append(w);
        }
    }
}
