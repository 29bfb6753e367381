package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.AlphaHint;
import io.factoreally.internal.spec.ValueHint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * ALPHA, as the original: at least 50 distinct values, all of the same length (in code points); the
 * characters seen at each position. Per-position sampling breaks structured strings (Part A row 11),
 * so this comes after every structured format and only catches fixed-length strings none of them
 * could describe.
 */
public final class AlphaFormat implements StringFormat {
    static final int MIN_DISTINCT = 50;

    @Override
    public String name() {
        return "alpha";
    }

    @Override
    public boolean matches(String value) {
        return true;
    }

    @Override
    public boolean matchesAnyString() {
        return true;
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        if (FormatRules.prefersChoice(sample) || sample.distinct() < MIN_DISTINCT
                || sample.counts().size() < MIN_DISTINCT) {
            return Optional.empty();
        }
        int length = -1;
        List<TreeSet<Integer>> seen = new ArrayList<>();
        for (String v : sample.counts().keySet()) {
            int[] cps = v.codePoints().toArray();
            if (length < 0) {
                length = cps.length;
                for (int i = 0; i < length; i++) {
                    seen.add(new TreeSet<>());
                }
            } else if (cps.length != length) {
                return Optional.empty();
            }
            for (int i = 0; i < length; i++) {
                seen.get(i).add(cps[i]);
            }
        }
        Map<String, List<Integer>> chrs = new LinkedHashMap<>();
        for (int i = 0; i < length; i++) {
            StringBuilder b = new StringBuilder();
            seen.get(i).forEach(b::appendCodePoint);
            chrs.computeIfAbsent(b.toString(), k -> new ArrayList<>()).add(i);
        }
        return Optional.of(new AlphaHint(chrs));
    }
}
