package io.factoreally.internal.analysis.format;

import io.factoreally.internal.spec.CharRanges;
import io.factoreally.internal.spec.TemplateHint;
import io.factoreally.internal.spec.TemplatePart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Learns TEMPLATE templates from structured strings. A value is cut into alphanumeric runs and the
 * single characters between them; values with the same separators form one <em>shape</em> (one
 * template). Per run position: one text everywhere becomes a literal, a few frequent texts a choice,
 * texts with the same letter/digit layout ({@code okafor244}) are split into sub-runs, anything
 * else a character class with a length range, or a number range for digits.
 *
 * <p>Privacy (Part A row 23): a literal or choice text is stored only when it occurred at least k
 * times; number ranges only when at least k distinct numbers were seen.
 */
final class TemplateLearner {
    static final int MAX_SHAPES = 8;
    static final double MIN_COVERAGE = 0.9;
    static final int MAX_CHOICES = 12;

    private TemplateLearner() {
    }

    /** Templates covering at least {@code minCoverage} of the occurrences with at most {@code maxShapes} shapes. */
    static Optional<TemplateHint> learn(Map<String, Long> counts, int k, int maxShapes, double minCoverage) {
        Map<String, Map<String, Long>> shapes = new LinkedHashMap<>();
        Map<String, Long> shapeTotals = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            String shape = shape(e.getKey());
            shapes.computeIfAbsent(shape, s -> new LinkedHashMap<>()).put(e.getKey(), e.getValue());
            shapeTotals.merge(shape, e.getValue(), Long::sum);
            total += e.getValue();
        }
        if (total == 0) {
            return Optional.empty();
        }
        List<String> order = new ArrayList<>(shapeTotals.keySet());
        order.sort(Comparator.comparing((String s) -> -shapeTotals.get(s))); // stable: ties keep first-seen order
        List<String> kept = order.subList(0, Math.min(maxShapes, order.size()));
        long covered = kept.stream().mapToLong(shapeTotals::get).sum();
        if (covered < minCoverage * total) {
            return Optional.empty();
        }
        List<List<TemplatePart>> templates = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String shape : kept) {
            templates.add(template(shape, shapes.get(shape), k));
            weights.add(sig(shapeTotals.get(shape) / (double) covered));
        }
        return Optional.of(new TemplateHint(templates, templates.size() == 1 ? null : weights));
    }

    static Optional<TemplateHint> learn(Map<String, Long> counts, int k) {
        return learn(counts, k, MAX_SHAPES, MIN_COVERAGE);
    }

    /** The separators of a value, with {@code A} for each alphanumeric run. */
    static String shape(String v) {
        StringBuilder b = new StringBuilder();
        boolean inRun = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (alnum(c)) {
                if (!inRun) {
                    b.append('A');
                    inRun = true;
                }
            } else {
                b.append(c);
                inRun = false;
            }
        }
        return b.toString();
    }

    static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Alphanumeric runs of a value, in order. */
    private static List<String> runs(String v) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= v.length(); i++) {
            boolean a = i < v.length() && alnum(v.charAt(i));
            if (a && start < 0) {
                start = i;
            } else if (!a && start >= 0) {
                out.add(v.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    private static List<TemplatePart> template(String shape, Map<String, Long> values, int k) {
        int runCount = (int) shape.chars().filter(c -> c == 'A').count();
        List<Map<String, Long>> texts = new ArrayList<>();
        for (int i = 0; i < runCount; i++) {
            texts.add(new LinkedHashMap<>());
        }
        values.forEach((v, c) -> {
            List<String> rs = runs(v);
            for (int i = 0; i < runCount; i++) {
                texts.get(i).merge(rs.get(i), c, Long::sum);
            }
        });
        List<TemplatePart> parts = new ArrayList<>();
        int run = 0;
        for (int i = 0; i < shape.length(); i++) {
            char c = shape.charAt(i);
            if (c == 'A') {
                parts.addAll(parts(texts.get(run++), k, true));
            } else {
                parts.add(new TemplatePart.Literal(String.valueOf(c)));
            }
        }
        return mergeLiterals(parts);
    }

    /** The parts describing one run position. */
    static List<TemplatePart> parts(Map<String, Long> texts, int k, boolean allowSplit) {
        long total = texts.values().stream().mapToLong(Long::longValue).sum();
        if (texts.size() == 1 && total >= k) {
            return List.of(new TemplatePart.Literal(texts.keySet().iterator().next()));
        }
        if (texts.size() <= MAX_CHOICES && texts.values().stream().allMatch(c -> c >= k)) {
            List<Map.Entry<String, Long>> es = new ArrayList<>(texts.entrySet());
            es.sort(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()));
            return List.of(new TemplatePart.Choice(es.stream().map(Map.Entry::getKey).toList(),
                    es.stream().map(e -> sig(e.getValue() / (double) total)).toList()));
        }
        if (allowSplit) {
            String layout = null;
            boolean same = true;
            for (String t : texts.keySet()) {
                String l = layout(t);
                if (layout == null) {
                    layout = l;
                } else if (!layout.equals(l)) {
                    same = false;
                    break;
                }
            }
            if (same && layout != null && layout.length() > 1) {
                List<Map<String, Long>> sub = new ArrayList<>();
                for (int i = 0; i < layout.length(); i++) {
                    sub.add(new LinkedHashMap<>());
                }
                texts.forEach((t, c) -> {
                    List<String> pieces = classRuns(t);
                    for (int i = 0; i < pieces.size(); i++) {
                        sub.get(i).merge(pieces.get(i), c, Long::sum);
                    }
                });
                List<TemplatePart> out = new ArrayList<>();
                sub.forEach(s -> out.addAll(parts(s, k, false)));
                return out;
            }
        }
        return List.of(classPart(texts, k));
    }

    /** A character class with a length range, or a number range for digit runs. */
    static TemplatePart classPart(Map<String, Long> texts, int k) {
        int minLen = Integer.MAX_VALUE;
        int maxLen = 0;
        boolean digit = false;
        boolean lower = false;
        boolean upper = false;
        boolean beyondHexLower = false;
        boolean beyondHexUpper = false;
        boolean leadingZero = false;
        for (String t : texts.keySet()) {
            minLen = Math.min(minLen, t.length());
            maxLen = Math.max(maxLen, t.length());
            leadingZero |= t.length() > 1 && t.charAt(0) == '0';
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c >= '0' && c <= '9') {
                    digit = true;
                } else if (c >= 'a' && c <= 'z') {
                    lower = true;
                    beyondHexLower |= c > 'f';
                } else {
                    upper = true;
                    beyondHexUpper |= c > 'F';
                }
            }
        }
        if (digit && !lower && !upper) {
            if (texts.size() >= k && maxLen <= 18 && (minLen == maxLen || !leadingZero)) {
                long lo = Long.MAX_VALUE;
                long hi = 0;
                for (String t : texts.keySet()) {
                    long v = Long.parseLong(t);
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                return new TemplatePart.IntRange(lo, hi, minLen == maxLen ? minLen : 0);
            }
            return new TemplatePart.Chars("0-9", minLen, maxLen, !leadingZero && maxLen > 1 ? "1-9" : null);
        }
        if (digit && lower && !upper && !beyondHexLower) {
            return new TemplatePart.Chars("0-9a-f", minLen, maxLen, null);
        }
        if (digit && upper && !lower && !beyondHexUpper) {
            return new TemplatePart.Chars("0-9A-F", minLen, maxLen, null);
        }
        String chars = (upper ? "A-Z" : "") + (lower ? "a-z" : "") + (digit ? "0-9" : "");
        return new TemplatePart.Chars(chars, minLen, maxLen, null);
    }

    /** The letter/digit layout of a run: {@code okafor244} -> {@code LD}. */
    private static String layout(String t) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < t.length(); i++) {
            char k = kind(t.charAt(i));
            if (k != last) {
                b.append(k);
                last = k;
            }
        }
        return b.toString();
    }

    private static List<String> classRuns(String t) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= t.length(); i++) {
            if (i == t.length() || kind(t.charAt(i)) != kind(t.charAt(i - 1))) {
                out.add(t.substring(start, i));
                start = i;
            }
        }
        return out;
    }

    private static char kind(char c) {
        return c >= '0' && c <= '9' ? 'D' : c >= 'a' && c <= 'z' ? 'L' : 'U';
    }

    static List<TemplatePart> mergeLiterals(List<TemplatePart> parts) {
        List<TemplatePart> out = new ArrayList<>();
        for (TemplatePart p : parts) {
            if (p instanceof TemplatePart.Literal l && !out.isEmpty()
                    && out.get(out.size() - 1) instanceof TemplatePart.Literal prev) {
                out.set(out.size() - 1, new TemplatePart.Literal(prev.text() + l.text()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** A character set notation for the given characters. */
    static String charsOf(String chars) {
        TreeSet<Character> set = new TreeSet<>();
        for (char c : chars.toCharArray()) {
            set.add(c);
        }
        return CharRanges.compact(set);
    }

    /** A weight to 6 significant digits (never 0 for a positive share). */
    static double sig(double v) {
        return v == 0 ? 0 : new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_EVEN)).doubleValue();
    }
}
