package io.factoreally.internal.generate;

import io.factoreally.internal.spec.TextHint;

/**
 * TEXT, as the original: a target length uniform in [min, max] (at least 1), then the longest prefix
 * of the lorem-ipsum word list (starting at "lorem", whole words joined by spaces) that fits; a
 * target shorter than "lorem" truncates it. Longer targets than the list continue from its start.
 */
final class TextSampler implements ValueSampler {
    private static final String[] WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod"
            + " tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation"
            + " ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate"
            + " velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa"
            + " qui officia deserunt mollit anim id est laborum").split(" ");
    private final long min;
    private final long max;

    TextSampler(TextHint hint) {
        this.min = Math.max(1, (long) Math.ceil(hint.min().doubleValue()));
        this.max = Math.max(min, (long) Math.floor(hint.max().doubleValue()));
    }

    @Override
    public Object sample(Rng rng) {
        return text(rng.nextLong(min, max));
    }

    long min() {
        return min;
    }

    long max() {
        return max;
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
