package io.factoreally.internal.generate;

import io.factoreally.internal.spec.AlphaHint;

import java.util.List;
import java.util.Map;

/**
 * ALPHA: one character per position 0..highest listed position, uniform from that position's
 * charset; unlisted positions draw from {@code A-Z0-9}; no positions: the empty string. Characters
 * are code points, so supplementary characters stay whole.
 */
final class AlphaSampler implements ValueSampler {
    private static final int[] DEFAULT = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".codePoints().toArray();
    private final int[][] charsets;

    AlphaSampler(AlphaHint hint) {
        int length = 0;
        for (List<Integer> positions : hint.chrs().values()) {
            for (int p : positions) {
                length = Math.max(length, p + 1);
            }
        }
        this.charsets = new int[length][];
        for (Map.Entry<String, List<Integer>> e : hint.chrs().entrySet()) {
            int[] cps = e.getKey().codePoints().toArray();
            for (int p : e.getValue()) {
                if (p >= 0 && cps.length > 0) {
                    charsets[p] = cps;
                }
            }
        }
        for (int i = 0; i < length; i++) {
            if (charsets[i] == null) {
                charsets[i] = DEFAULT;
            }
        }
    }

    @Override
    public Object sample(Rng rng) {
        StringBuilder b = new StringBuilder(charsets.length);
        for (int[] cs : charsets) {
            b.appendCodePoint(cs[rng.nextInt(cs.length)]);
        }
        return b.toString();
    }
}
