package io.factoreally.internal.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.factoreally.internal.spec.AlphaHint;
import io.factoreally.internal.spec.CharRanges;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.TemplateHint;
import io.factoreally.internal.spec.TemplatePart;
import io.factoreally.internal.spec.Uuid4Hint;
import io.factoreally.internal.spec.UuidHint;
import io.factoreally.internal.spec.ValueHint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps our value hints to the nearest hint the original reads, for {@code --python-compatible}
 * output. Hints the original knows are returned unchanged (their extra parameters, such as a
 * datetime {@code format}, are dropped by the writer).
 *
 * <ul>
 *   <li>UUID (any version) -> UUID4: still valid UUIDs, the version is lost.</li>
 *   <li>TEMPLATE with one template of fixed length -> ALPHA with the template's character set at
 *       each position (same length and character classes; combinations of a choice are no longer
 *       kept together).</li>
 *   <li>any other TEMPLATE -> CHOICE of {@value #GENERATED} values generated from it with a fixed
 *       seed: every value has the input's format, and none is an input value (they are synthetic).</li>
 * </ul>
 * Lives here rather than in the spec package because it generates values.
 */
public final class PythonFallback {
    /** How many values a CHOICE fallback holds. */
    static final int GENERATED = 100;

    private PythonFallback() {
    }

    /** The nearest hint the original reads; the same hint if the original reads it. */
    public static ValueHint toPython(ValueHint hint) {
        if (hint instanceof UuidHint) {
            return new Uuid4Hint();
        }
        if (hint instanceof TemplateHint t) {
            AlphaHint alpha = asAlpha(t);
            return alpha != null ? alpha : asChoice(t);
        }
        return hint;
    }

    private static AlphaHint asAlpha(TemplateHint t) {
        if (t.templates().size() != 1) {
            return null;
        }
        List<String> positions = new ArrayList<>();
        for (TemplatePart part : t.templates().get(0)) {
            if (part instanceof TemplatePart.Literal l) {
                l.text().chars().forEach(c -> positions.add(String.valueOf((char) c)));
            } else if (part instanceof TemplatePart.Choice c) {
                int len = c.values().get(0).length();
                if (c.values().stream().anyMatch(v -> v.length() != len)) {
                    return null;
                }
                for (int i = 0; i < len; i++) {
                    Set<Character> set = new TreeSet<>();
                    for (String v : c.values()) {
                        set.add(v.charAt(i));
                    }
                    positions.add(join(set));
                }
            } else if (part instanceof TemplatePart.Chars c) {
                if (c.min() != c.max()) {
                    return null;
                }
                for (int i = 0; i < c.min(); i++) {
                    positions.add(CharRanges.expand(i == 0 && c.first() != null ? c.first() : c.chars()));
                }
            } else if (part instanceof TemplatePart.IntRange r) {
                if (r.width() == 0 || Long.toString(r.hi()).length() > r.width()) {
                    return null;
                }
                for (int i = 0; i < r.width(); i++) {
                    positions.add("0123456789");
                }
            }
        }
        if (positions.isEmpty()) {
            return null;
        }
        Map<String, List<Integer>> chrs = new LinkedHashMap<>();
        for (int i = 0; i < positions.size(); i++) {
            chrs.computeIfAbsent(positions.get(i), k -> new ArrayList<>()).add(i);
        }
        return new AlphaHint(chrs);
    }

    private static ChoiceHint asChoice(TemplateHint t) {
        ValueSampler sampler = new TemplateSampler(t);
        Rng rng = new Rng(Rng.hash("factoreally.python-fallback"));
        Set<String> values = new LinkedHashSet<>();
        for (int attempt = 0; attempt < GENERATED * 20 && values.size() < GENERATED; attempt++) {
            values.add((String) sampler.sample(rng));
        }
        List<JsonNode> choices = values.stream().map(v -> (JsonNode) TextNode.valueOf(v)).toList();
        return new ChoiceHint(choices, null);
    }

    private static String join(Set<Character> set) {
        StringBuilder b = new StringBuilder();
        set.forEach(b::append);
        return b.toString();
    }
}
