package io.factoreally.internal.override;

import io.factoreally.FactoreallyException;
import io.factoreally.internal.generate.ArrayGen;
import io.factoreally.internal.generate.GenNode;
import io.factoreally.internal.generate.LeafGen;
import io.factoreally.internal.generate.MapGen;
import io.factoreally.internal.generate.ObjectGen;
import io.factoreally.internal.text.EditDistance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Matches override paths against the generator tree, so a path that names no field in the spec is an
 * error (naming the closest known paths) instead of a silent no-op. Below a dynamic map any key is a
 * valid segment.
 */
final class PathResolver {
    private static final int SUGGESTIONS = 3;

    private PathResolver() {
    }

    static List<ResolvedStep> resolve(GenNode root, String path, List<OverridePath.Step> steps) {
        List<ResolvedStep> out = new ArrayList<>();
        GenNode node = root;
        for (OverridePath.Step step : steps) {
            if (node instanceof MapGen map) {
                out.add(new ResolvedStep.Key(step instanceof OverridePath.Name n ? n.name()
                        : ((OverridePath.Index) step).text()));
                node = map.valueNode();
                continue;
            }
            if (step instanceof OverridePath.Index ix) {
                if (node instanceof ArrayGen array) {
                    out.add(new ResolvedStep.Element(ix.index(), array));
                    node = array.element();
                    continue;
                }
                if (!ix.bracketed() && node instanceof ObjectGen obj && obj.members().containsKey(ix.text())) {
                    out.add(new ResolvedStep.Member(ix.text(), obj));
                    node = obj.members().get(ix.text());
                    continue;
                }
                throw unknown(root, path, steps);
            }
            String name = ((OverridePath.Name) step).name();
            while (node instanceof ArrayGen array) {
                out.add(new ResolvedStep.EachElement(array));
                node = array.element();
            }
            if (node instanceof ObjectGen obj && obj.members().containsKey(name)) {
                out.add(new ResolvedStep.Member(name, obj));
                node = obj.members().get(name);
            } else if (node instanceof MapGen map) {
                out.add(new ResolvedStep.Key(name));
                node = map.valueNode();
            } else {
                throw unknown(root, path, steps);
            }
        }
        return out;
    }

    private static FactoreallyException unknown(GenNode root, String path, List<OverridePath.Step> steps) {
        String wanted = OverridePath.withoutIndexes(steps);
        List<String> known = new ArrayList<>();
        collect(root, "", known);
        List<String> closest = known.stream()
                .sorted(Comparator.comparingInt((String k) -> EditDistance.between(wanted, k)))
                .limit(SUGGESTIONS)
                .collect(Collectors.toList());
        return new FactoreallyException("override path \"" + path + "\" matches no field in the spec"
                + (closest.isEmpty() ? " (the spec has no fields)" : "; closest known paths: " + String.join(", ", closest)));
    }

    /** Every overridable path in spec order, in the every-element form ({@code items.name}, {@code meta.<key>}). */
    private static void collect(GenNode node, String prefix, List<String> out) {
        if (node instanceof ObjectGen obj) {
            obj.members().forEach((k, child) -> {
                String p = prefix.isEmpty() ? k : prefix + "." + k;
                out.add(p);
                collect(child, p, out);
            });
        } else if (node instanceof ArrayGen array && array.element() != null) {
            collect(array.element(), prefix, out);
        } else if (node instanceof MapGen map) {
            String p = prefix.isEmpty() ? "<key>" : prefix + ".<key>";
            out.add(p);
            if (map.valueNode() != null) {
                collect(map.valueNode(), p, out);
            }
        } else if (node instanceof LeafGen) {
            return;
        }
    }
}
