package io.factoreally.internal.generate;

import io.factoreally.internal.spec.CharRanges;
import io.factoreally.internal.spec.TemplateHint;
import io.factoreally.internal.spec.TemplatePart;

import java.util.ArrayList;
import java.util.List;

/** Generates TEMPLATE strings: a weighted pick of a template, then each part in turn. */
public final class TemplateSampler implements ValueSampler {
    private final List<List<Part>> templates = new ArrayList<>();
    private final double[] cumulative;

    public TemplateSampler(TemplateHint hint) {
        for (List<TemplatePart> parts : hint.templates()) {
            templates.add(parts.stream().map(TemplateSampler::compile).toList());
        }
        cumulative = cumulative(hint.weights(), templates.size());
    }

    @Override
    public Object sample(Rng rng) {
        return render(pick(cumulative, rng), RANDOM, rng);
    }

    /** Number of template alternatives. */
    int templateCount() {
        return templates.size();
    }

    /**
     * Template {@code template} rendered with every variable part at its shortest ({@link #SHORTEST}:
     * fewest characters, lowest number, shortest choice), longest ({@link #LONGEST}) or drawn
     * ({@link #RANDOM}); characters themselves are always drawn.
     */
    String render(int template, int mode, Rng rng) {
        StringBuilder b = new StringBuilder();
        for (Part p : templates.get(template)) {
            p.append(b, rng, mode);
        }
        return b.toString();
    }

    static final int SHORTEST = -1;
    static final int RANDOM = 0;
    static final int LONGEST = 1;

    @FunctionalInterface
    private interface Part {
        void append(StringBuilder b, Rng rng, int mode);
    }

    private static Part compile(TemplatePart part) {
        if (part instanceof TemplatePart.Literal l) {
            String text = l.text();
            return (b, rng, mode) -> b.append(text);
        }
        if (part instanceof TemplatePart.Choice c) {
            List<String> values = c.values();
            double[] cum = cumulative(c.weights(), values.size());
            return (b, rng, mode) -> b.append(mode == RANDOM ? values.get(pick(cum, rng)) : byLength(values, mode));
        }
        if (part instanceof TemplatePart.Chars c) {
            String chars = CharRanges.expand(c.chars());
            String first = c.first() == null ? chars : CharRanges.expand(c.first());
            int min = c.min();
            int max = c.max();
            return (b, rng, mode) -> {
                int len = mode == RANDOM ? (int) rng.nextLong(min, max) : mode == SHORTEST ? min : max;
                for (int i = 0; i < len; i++) {
                    String set = i == 0 ? first : chars;
                    b.append(set.charAt(rng.nextInt(set.length())));
                }
            };
        }
        if (part instanceof TemplatePart.IntRange r) {
            long lo = r.lo();
            long hi = r.hi();
            int width = r.width();
            return (b, rng, mode) -> {
                String s = Long.toString(mode == RANDOM ? rng.nextLong(lo, hi) : mode == SHORTEST ? lo : hi);
                for (int i = s.length(); i < width; i++) {
                    b.append('0');
                }
                b.append(s);
            };
        }
        throw new IllegalArgumentException(String.valueOf(part));
    }

    private static String byLength(List<String> values, int mode) {
        String best = values.get(0);
        for (String v : values) {
            if (mode == SHORTEST ? v.length() < best.length() : v.length() > best.length()) {
                best = v;
            }
        }
        return best;
    }

    /** Cumulative weights (uniform when null), normalised to end at 1. */
    static double[] cumulative(List<Double> weights, int n) {
        double[] cum = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += weights == null ? 1 : weights.get(i);
            cum[i] = total;
        }
        for (int i = 0; i < n; i++) {
            cum[i] /= total;
        }
        return cum;
    }

    static int pick(double[] cumulative, Rng rng) {
        if (cumulative.length == 1) {
            return 0;
        }
        double u = rng.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }
}
