package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringSample;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words free text is made of and their order, so that generated TEXT reads like the field's own
 * text rather than lorem ipsum: which words begin a text and which follow which (a first-order chain
 * over the kept words). Privacy (Part A row 23): a word is kept only when it occurs in at least k
 * records, a beginning or a pair of neighbours only when it does too, so a name or an id mentioned in
 * one record never reaches the spec; at most {@value #MAX_WORDS} words, the most frequent.
 */
final class TextVocabulary {
    static final int MAX_WORDS = 300;
    /** Fewest kept words for a vocabulary: below that, lorem ipsum says as much. */
    static final int MIN_WORDS = 5;

    /** Words with their relative frequencies, most frequent first, the beginnings and each word's followers. */
    record Words(List<String> words, List<Double> weights, List<Integer> first, List<List<Integer>> next) {
    }

    private TextVocabulary() {
    }

    /** One distinct text's words and how many records hold it. */
    private record Text(String[] tokens, long count) {
    }

    static Words learn(StringSample sample) {
        List<Text> texts = new ArrayList<>();
        sample.counts().forEach((v, c) -> texts.add(new Text(v.split(" "), c)));
        Map<String, long[]> stats = new LinkedHashMap<>(); // word -> {records containing it, occurrences}
        for (Text e : texts) {
            Set<String> inThisValue = new HashSet<>();
            for (String w : e.tokens()) {
                if (w.isEmpty() || w.length() > 40) {
                    continue;
                }
                long[] s = stats.computeIfAbsent(w, x -> new long[2]);
                s[1] += e.count();
                if (inThisValue.add(w)) {
                    s[0] += e.count();
                }
            }
        }
        List<Map.Entry<String, long[]>> kept = new ArrayList<>();
        for (Map.Entry<String, long[]> e : stats.entrySet()) {
            if (e.getValue()[0] >= sample.minOccurrences()) {
                kept.add(e);
            }
        }
        if (kept.size() < MIN_WORDS) {
            return null;
        }
        // most frequent first; ties keep first-seen order (the sort is stable)
        kept.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[1]));
        List<Map.Entry<String, long[]>> top = kept.subList(0, Math.min(MAX_WORDS, kept.size()));
        long total = top.stream().mapToLong(e -> e.getValue()[1]).sum();
        List<String> words = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Map.Entry<String, long[]> e : top) {
            words.add(e.getKey());
            weights.add(new BigDecimal(e.getValue()[1] / (double) total).round(new MathContext(4)).doubleValue());
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            index.put(words.get(i), i);
        }
        int k = sample.minOccurrences();
        return new Words(words, weights, firsts(texts, index, k), followers(texts, index, k));
    }

    /** Positions of the kept words that begin at least k records' texts, most frequent first. */
    private static List<Integer> firsts(List<Text> texts, Map<String, Integer> index, int k) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (Text e : texts) {
            Integer i = index.get(e.tokens()[0]);
            if (i != null) {
                counts.merge(i, e.count(), Long::sum);
            }
        }
        return kept(counts, k);
    }

    /** Per kept word, the kept words right after it in at least k records, most frequent first. */
    private static List<List<Integer>> followers(List<Text> texts, Map<String, Integer> index, int k) {
        List<Map<Integer, Long>> pairs = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            pairs.add(new LinkedHashMap<>());
        }
        for (Text e : texts) {
            String[] tokens = e.tokens();
            Set<Long> inThisValue = new HashSet<>();
            for (int t = 1; t < tokens.length; t++) {
                Integer a = index.get(tokens[t - 1]);
                Integer b = index.get(tokens[t]);
                if (a != null && b != null && inThisValue.add(((long) a << 32) | b)) {
                    pairs.get(a).merge(b, e.count(), Long::sum);
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (Map<Integer, Long> p : pairs) {
            out.add(kept(p, k));
        }
        return out;
    }

    /** The keys counted at least k times, by count (ties in first-seen order). */
    private static List<Integer> kept(Map<Integer, Long> counts, int k) {
        List<Map.Entry<Integer, Long>> e = new ArrayList<>(counts.entrySet());
        e.removeIf(x -> x.getValue() < k);
        e.sort(Comparator.comparingLong((Map.Entry<Integer, Long> x) -> -x.getValue()));
        return e.stream().map(Map.Entry::getKey).toList();
    }
}
