package io.factoreally.internal.spec;

import java.util.List;

/**
 * Free text with a length (in code points) in [min, max].
 *
 * @param min     shortest length
 * @param max     longest length
 * @param words   ours: the words the text is made of (each seen in at least k records), or {@code null}
 *                for the original's lorem ipsum
 * @param weights how often each word occurred, relative (as long as {@code words}); null with it
 * @param first   positions in {@code words} of the words that begin texts (each seen so in at least k
 *                records), or {@code null}: any word begins
 * @param next    per word, the positions of the words seen after it in at least k records (as long as
 *                {@code words}), or {@code null}: any word follows any
 */
public record TextHint(Number min, Number max, List<String> words, List<Double> weights, List<Integer> first,
                       List<List<Integer>> next) implements ValueHint {
    public static final String TYPE = "TEXT";

    public TextHint {
        if ((words == null) != (weights == null)) {
            throw new IllegalArgumentException("TEXT words and weights go together");
        }
        words = words == null ? null : List.copyOf(words);
        weights = weights == null ? null : List.copyOf(weights);
        if (words != null && (words.isEmpty() || words.size() != weights.size())) {
            throw new IllegalArgumentException("TEXT needs as many weights as words, and at least one word");
        }
        if (words == null && (first != null || next != null)) {
            throw new IllegalArgumentException("TEXT first and next need words");
        }
        first = first == null ? null : List.copyOf(first);
        next = next == null ? null : next.stream().map(List::copyOf).toList();
        if (next != null && next.size() != words.size()) {
            throw new IllegalArgumentException("TEXT needs a list of next words per word");
        }
        int n = words == null ? 0 : words.size();
        if (first != null && first.stream().anyMatch(i -> i < 0 || i >= n)
                || next != null && next.stream().flatMap(List::stream).anyMatch(i -> i < 0 || i >= n)) {
            throw new IllegalArgumentException("TEXT first and next hold positions in words");
        }
    }

    /** Words without their order. */
    public TextHint(Number min, Number max, List<String> words, List<Double> weights) {
        this(min, max, words, weights, null, null);
    }

    /** The original's form: lorem ipsum of a length in [min, max]. */
    public TextHint(Number min, Number max) {
        this(min, max, null, null);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
