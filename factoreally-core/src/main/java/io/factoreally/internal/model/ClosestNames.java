package io.factoreally.internal.model;

import io.factoreally.internal.text.EditDistance;

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

    static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}
