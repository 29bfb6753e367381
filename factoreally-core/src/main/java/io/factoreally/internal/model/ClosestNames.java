package io.factoreally.internal.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Suggestions for a misspelt class name: the candidates whose simple name is nearest by edit distance. */
final class ClosestNames {

    private ClosestNames() {
    }

    /**
     * Up to {@code limit} candidates (fully qualified names) whose simple name is within a few edits of
     * {@code wanted}'s simple name (case-insensitive), nearest first, then alphabetical.
     */
    static List<String> find(String wanted, Collection<String> candidates, int limit) {
        String target = simpleName(wanted).toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, target.length() / 3);
        record Scored(String name, int distance) {
        }
        return candidates.stream()
                .map(c -> new Scored(c, distance(target, simpleName(c).toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance() <= allowed)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }

    static String simpleName(String name) {
        String n = name.replace('$', '.');
        return n.substring(n.lastIndexOf('.') + 1);
    }

    /** Levenshtein distance (insert, delete, substitute), two-row dynamic programming. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
