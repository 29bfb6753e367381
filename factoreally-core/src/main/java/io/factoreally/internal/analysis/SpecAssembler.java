package io.factoreally.internal.analysis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factoreally.CreateOptions;
import io.factoreally.FactorySpec;
import io.factoreally.internal.spec.ArrayHint;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.ConstHint;
import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.MissingHint;
import io.factoreally.internal.spec.NullHint;
import io.factoreally.internal.spec.ObjectHint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * From the folded statistics tree to a spec: decides dynamic maps, picks each path's shape and hints,
 * orders paths by first appearance and writes the metadata.
 *
 * <p>Hint order per path (as the original): {@code ARRAY, NUMBER} (length) or
 * {@code OBJECT, NUMBER, key hint} or the value hint(s); then {@code NULL}; then {@code MISSING}.
 * A path that held several shapes (array, object, scalar) is described by the one it held most often
 * (ties: array, object, scalar); the subtree of the other shapes is left out.
 */
final class SpecAssembler {
    /** Version of the spec metadata we write. */
    static final int FORMAT_VERSION = 1;

    private final ModelPaths model;
    private final List<StringFormat> formats;
    private final HintSelector selector;
    private final CreateOptions options;
    /** Value hints of scalar paths chosen ahead on other threads; set while assembling. */
    private HintPrefetch prefetch;

    SpecAssembler(ModelPaths model, List<StringFormat> formats, NumberFit fitter, CreateOptions options) {
        this.model = model;
        this.formats = formats;
        this.options = options;
        this.selector = new HintSelector(formats, fitter, Math.max(1, options.minOccurrences()),
                !options.pythonCompatible());
    }

    /** @param formatFields string fields made from a learned format alone (no value of theirs stored whole) */
    record Result(FactorySpec spec, long dataPoints, int dynamicMaps, Map<String, Long> withheld, int formatFields) {
    }

    private record Field(long firstSeen, String path, List<Hint> hints) {
    }

    private enum Shape { NONE, ARRAY, OBJECT, SCALAR }

    Result assemble(PathNode root, long records) {
        decideMaps(root);
        List<Field> out = new ArrayList<>();
        Map<String, Long> withheld = new LinkedHashMap<>();
        long[] counters = new long[3]; // data points, dynamic maps, format fields
        prefetch = HintPrefetch.start(root, selector, model, options.threads());
        try {
            visit(root, out, withheld, counters);
        } finally {
            prefetch.close();
        }
        out.sort(Comparator.comparingLong(Field::firstSeen));
        Map<String, List<Hint>> fields = new LinkedHashMap<>();
        for (Field f : out) {
            fields.put(f.path(), f.hints());
        }
        if (options.pythonCompatible()) {
            fields = PythonCompatibility.apply(fields);
        }
        Map<String, Long> withheldOrdered = new LinkedHashMap<>();
        for (Field f : out) {
            Long w = withheld.get(f.path());
            if (w != null) {
                withheldOrdered.put(f.path(), w);
            }
        }
        FactorySpec spec = FactorySpec.of(metadata(records, counters[0]), fields, Map.of());
        return new Result(spec, counters[0], (int) counters[1], withheldOrdered, (int) counters[2]);
    }

    private void decideMaps(PathNode n) {
        if (DynamicMapRule.isDynamic(n)) {
            n.fold(model, formats, true);
        }
        for (PathNode c : new ArrayList<>(n.members.values())) {
            decideMaps(c);
        }
        if (n.element != null) {
            decideMaps(n.element);
        }
        if (n.mapValue != null) {
            decideMaps(n.mapValue);
        }
    }

    /** Whether {@link #visit} describes {@code n} by its scalar values (not its arrays or objects). */
    static boolean scalar(PathNode n) {
        return n.kind != PathNode.Kind.ROOT && shape(n) == Shape.SCALAR;
    }

    /** The paths below {@code n} that {@link #visit} describes (those of {@code n}'s shape). */
    static List<PathNode> described(PathNode n) {
        return switch (n.kind == PathNode.Kind.ROOT ? Shape.OBJECT : shape(n)) {
            case ARRAY -> n.element == null ? List.of() : List.of(n.element);
            case OBJECT -> n.dynamic ? (n.mapValue == null ? List.of() : List.of(n.mapValue))
                    : List.copyOf(n.members.values());
            case SCALAR, NONE -> List.of();
        };
    }

    private static Shape shape(PathNode n) {
        long scalars = n.scalars();
        if (n.arrays == 0 && n.objects == 0 && scalars == 0) {
            return Shape.NONE;
        }
        if (n.arrays >= n.objects && n.arrays >= scalars) {
            return Shape.ARRAY;
        }
        return n.objects >= scalars ? Shape.OBJECT : Shape.SCALAR;
    }

    private void visit(PathNode n, List<Field> out, Map<String, Long> withheld, long[] counters) {
        counters[0] += n.nulls + n.scalars();
        if (n.dynamic) {
            counters[0] += Math.round(n.keyCounts.sum);
        }
        Shape shape = n.kind == PathNode.Kind.ROOT ? Shape.OBJECT : shape(n);
        List<Hint> hints = new ArrayList<>();
        switch (shape) {
            case ARRAY -> {
                hints.add(new ArrayHint());
                hints.add(selector.number(n.lengths));
                if (n.element != null) {
                    visit(n.element, out, withheld, counters);
                }
                countDropped(n, false, true, counters);
            }
            case OBJECT -> {
                if (n.dynamic) {
                    counters[1]++;
                    hints.add(new ObjectHint());
                    hints.add(selector.number(n.keyCounts));
                    HintSelector.Selection keys = selector.keys(n, model.publicValues(n.path));
                    hints.addAll(keys.hints());
                    if (keys.withheld() > 0) {
                        withheld.put(n.path, keys.withheld());
                    }
                    if (n.mapValue != null) {
                        visit(n.mapValue, out, withheld, counters);
                    }
                } else {
                    for (PathNode c : n.members.values()) {
                        visit(c, out, withheld, counters);
                    }
                }
                countDropped(n, true, false, counters);
            }
            case SCALAR -> {
                HintSelector.Selection v = prefetch.values(n);
                hints.addAll(v.hints());
                if (n.strings > 0 && v.hints().stream().noneMatch(h -> h instanceof ChoiceHint || h instanceof ConstHint)) {
                    counters[2]++; // its strings all come from a format: none is stored
                }
                if (v.withheld() > 0) {
                    withheld.put(n.path, v.withheld());
                }
                countDropped(n, false, false, counters);
            }
            case NONE -> {
            }
        }
        if (n.kind == PathNode.Kind.ROOT) {
            return;
        }
        if (n.nulls > 0) {
            hints.add(new NullHint(percent(n.nulls, n.occurrences)));
        }
        if (n.kind == PathNode.Kind.MEMBER && n.occurrences < n.parent.objects) {
            hints.add(new MissingHint(percent(n.parent.objects - n.occurrences, n.parent.objects)));
        }
        if (!hints.isEmpty()) {
            out.add(new Field(n.firstSeen, n.path, List.copyOf(hints)));
        }
    }

    /** Data points below the shapes that lost to the chosen one still count (the original's definition). */
    private void countDropped(PathNode n, boolean keptObject, boolean keptArray, long[] counters) {
        if (!keptArray && n.element != null) {
            counters[0] += points(n.element);
        }
        if (!keptObject) {
            for (PathNode c : n.members.values()) {
                counters[0] += points(c);
            }
            if (n.mapValue != null) {
                counters[0] += points(n.mapValue);
            }
        }
    }

    private static long points(PathNode n) {
        long p = n.nulls + n.scalars() + (n.dynamic ? Math.round(n.keyCounts.sum) : 0);
        for (PathNode c : n.members.values()) {
            p += points(c);
        }
        if (n.element != null) {
            p += points(n.element);
        }
        if (n.mapValue != null) {
            p += points(n.mapValue);
        }
        return p;
    }

    /** 100 * part / whole rounded to 3 decimals (as the original), unless that would round a rate to 0 or 100. */
    static double percent(long part, long whole) {
        double v = 100.0 * part / whole;
        double r = new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
        if ((r == 0.0 && part > 0) || (r == 100.0 && part < whole)) {
            return v;
        }
        return r;
    }

    private ObjectNode metadata(long records, long dataPoints) {
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        m.put("samples_analyzed", records);
        m.put("data_points", dataPoints);
        m.put("format_version", FORMAT_VERSION);
        m.put("created_by", "factoreally-java");
        ObjectNode o = m.putObject("options");
        o.put("min_occurrences", options.minOccurrences());
        o.put("python_compatible", options.pythonCompatible());
        if (options.model() != null) {
            o.put("model", options.model().getName());
        }
        return m;
    }
}
