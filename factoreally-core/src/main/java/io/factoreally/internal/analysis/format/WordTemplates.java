package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.CharRanges;
import io.factoreally.internal.spec.TemplateHint;
import io.factoreally.internal.spec.TemplatePart;
import io.factoreally.internal.spec.ValueHint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Ours: values the privacy rule withholds that are a few words each, such as people's names
 * ({@code José García}, {@code Renée O'Brien}), generated from the words themselves: per number of
 * words and per position, the words seen there in at least k records (first names, last names) with
 * their frequencies, and for the rarer ones their letters and lengths. As a TEMPLATE of alternatives
 * (each position a choice of frequent words or a character class), so that a withheld name comes out
 * as {@code María Nowak} rather than lorem ipsum or {@code Qmvtrel Xkoa}.
 *
 * <p>Privacy (Part A row 23): a word is stored only when it occurs at that position in at least k
 * records and is not itself a value of the field seen fewer than k times; whole values are never
 * stored, and a template that could make fewer than k different values (one frequent word per
 * position, say) is not used. Words are drawn independently per position, each as often as the
 * withheld values hold it (plus one), so a combination that occurs in the input can come out, as
 * with any realistic stand-in.
 */
public final class WordTemplates {
    /** Most words in a value: a name or a short title, not prose (left to TEXT). */
    static final int MAX_WORDS = 4;
    /** Longest word. */
    static final int MAX_WORD = 40;
    /** Least share of the withheld values' words that must be frequent ones: else the shape says as much. */
    static final double MIN_COVERAGE = 0.5;

    private WordTemplates() {
    }

    /**
     * The words template of the {@code withheld} values, with the words counted over {@code all} the
     * path's values; empty when a withheld value is not a few words, when fewer than half of their words
     * are frequent ones, or when a template could make fewer than k different values.
     */
    public static Optional<ValueHint> learn(StringSample all, StringSample withheld) {
        int k = all.minOccurrences();
        if (withheld.counts().isEmpty()) {
            return Optional.empty();
        }
        // per number of words, per position: records holding each word there (over all values)
        Map<Integer, List<Map<String, Long>>> seen = new TreeMap<>();
        all.counts().forEach((v, c) -> {
            String[] words = words(v);
            if (words != null) {
                List<Map<String, Long>> at = positions(seen, words.length);
                for (int p = 0; p < words.length; p++) {
                    at.get(p).merge(words[p], c, Long::sum);
                }
            }
        });
        Map<Integer, Long> groups = new TreeMap<>();
        // the withheld values' words by group and position: those kept (the share the template stands for) and the rest
        Map<Integer, List<Map<String, Long>>> kept = new TreeMap<>();
        Map<Integer, List<Map<String, Long>>> rare = new TreeMap<>();
        long covered = 0;
        long wordCount = 0;
        for (Map.Entry<String, Long> e : withheld.counts().entrySet()) {
            String[] words = words(e.getKey());
            if (words == null) {
                return Optional.empty();
            }
            long c = e.getValue();
            int n = words.length;
            groups.merge(n, c, Long::sum);
            List<Map<String, Long>> keptAt = positions(kept, n);
            List<Map<String, Long>> rareAt = positions(rare, n);
            for (int p = 0; p < n; p++) {
                wordCount += c;
                if (kept(all, seen.get(n).get(p), words[p], k)) {
                    covered += c;
                    keptAt.get(p).merge(words[p], c, Long::sum);
                } else {
                    rareAt.get(p).merge(words[p], c, Long::sum);
                }
            }
        }
        if (covered < MIN_COVERAGE * wordCount) {
            return Optional.empty();
        }
        long total = groups.values().stream().mapToLong(Long::longValue).sum();
        List<List<TemplatePart>> templates = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Map.Entry<Integer, Long> g : groups.entrySet()) {
            int n = g.getKey();
            List<List<Alternative>> positions = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                positions.add(alternatives(all, seen.get(n).get(p), kept.get(n).get(p), rare.get(n).get(p),
                        g.getValue(), k));
            }
            long combinations = 1;
            for (List<Alternative> at : positions) {
                combinations *= at.stream().mapToLong(Alternative::values).max().orElse(1);
            }
            if (combinations < k) { // a few words that would make the withheld values again
                return Optional.empty();
            }
            combine(positions, 0, new ArrayList<>(), g.getValue() / (double) total, templates, weights);
        }
        List<Double> rounded = weights.stream().map(TemplateLearner::sig).toList();
        return Optional.of(new TemplateHint(templates, templates.size() == 1 ? null : rounded));
    }

    /** One way to fill a position: a part, the share of records it stands for, and how many words it makes (at most k counted). */
    private record Alternative(TemplatePart part, double share, long values) {
    }

    /**
     * The frequent words at a position (every word kept there, weighted as the withheld values hold them,
     * plus one so that each can come out), and the shape of the rare ones (if any), each with the share of
     * the group's records it stands for.
     */
    private static List<Alternative> alternatives(StringSample all, Map<String, Long> seen, Map<String, Long> kept,
                                                  Map<String, Long> rare, long records, int k) {
        List<Alternative> out = new ArrayList<>();
        long keptRecords = kept.values().stream().mapToLong(Long::longValue).sum();
        if (keptRecords > 0) {
            List<Map.Entry<String, Long>> words = new ArrayList<>();
            for (String w : seen.keySet()) {
                if (kept(all, seen, w, k)) {
                    words.add(Map.entry(w, kept.getOrDefault(w, 0L) + 1));
                }
            }
            words.sort(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue())); // stable: first seen
            long sum = words.stream().mapToLong(Map.Entry::getValue).sum();
            List<Double> w = words.stream().map(e -> TemplateLearner.sig(e.getValue() / (double) sum)).toList();
            out.add(new Alternative(new TemplatePart.Choice(words.stream().map(Map.Entry::getKey).toList(), w),
                    keptRecords / (double) records, words.size()));
        }
        if (!rare.isEmpty()) {
            out.add(new Alternative(shape(rare.keySet()), (records - keptRecords) / (double) records, k));
        }
        return out;
    }

    /** The letters rare words are made of: the first letters seen, the others, and the lengths. */
    private static TemplatePart shape(Iterable<String> words) {
        TreeSet<Character> first = new TreeSet<>();
        TreeSet<Character> rest = new TreeSet<>();
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String w : words) {
            first.add(w.charAt(0));
            for (int i = 1; i < w.length(); i++) {
                rest.add(w.charAt(i));
            }
            min = Math.min(min, w.length());
            max = Math.max(max, w.length());
        }
        if (rest.isEmpty()) { // one-letter words only
            return new TemplatePart.Chars(CharRanges.compact(first), min, max, null);
        }
        return new TemplatePart.Chars(CharRanges.compact(rest), min, max, CharRanges.compact(first));
    }

    /** Every template made of one alternative per position, with the product of their shares. */
    private static void combine(List<List<Alternative>> positions, int p, List<Alternative> chosen, double weight,
                                List<List<TemplatePart>> templates, List<Double> weights) {
        if (p == positions.size()) {
            List<TemplatePart> parts = new ArrayList<>();
            double w = weight;
            for (Alternative a : chosen) {
                if (!parts.isEmpty()) {
                    parts.add(new TemplatePart.Literal(" "));
                }
                parts.add(a.part());
                w *= a.share();
            }
            templates.add(parts);
            weights.add(w);
            return;
        }
        for (Alternative a : positions.get(p)) {
            chosen.add(a);
            combine(positions, p + 1, chosen, weight, templates, weights);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** Whether a word is stored: seen at its position in at least k records, and not a rare value itself. */
    private static boolean kept(StringSample all, Map<String, Long> seen, String word, int k) {
        Long c = seen.get(word);
        return c != null && c >= k && !FormatRules.rare(all, word);
    }

    private static List<Map<String, Long>> positions(Map<Integer, List<Map<String, Long>>> by, int n) {
        return by.computeIfAbsent(n, x -> {
            List<Map<String, Long>> l = new ArrayList<>();
            for (int i = 0; i < x; i++) {
                l.add(new LinkedHashMap<>());
            }
            return l;
        });
    }

    /**
     * The words of a value of 1 to {@value #MAX_WORDS} words separated by single spaces, each of letters
     * and digits with inner {@code - ' . ’} (as in {@code Fernández-López}, {@code O'Brien}, {@code St.}),
     * or null when it is not such a value.
     */
    static String[] words(String value) {
        if (value.isEmpty() || value.length() > MAX_WORDS * (MAX_WORD + 1)) {
            return null;
        }
        String[] words = value.split(" ", -1);
        if (words.length > MAX_WORDS) {
            return null;
        }
        for (String w : words) {
            if (w.isEmpty() || w.length() > MAX_WORD || !Character.isLetterOrDigit(w.charAt(0))) {
                return null;
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isSurrogate(c) || !(Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '.'
                        || c == '\u2019')) {
                    return null;
                }
            }
        }
        return words;
    }
}
