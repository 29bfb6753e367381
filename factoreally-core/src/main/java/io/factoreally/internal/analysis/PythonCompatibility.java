package io.factoreally.internal.analysis;

import io.factoreally.internal.spec.ArrayHint;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.DateHint;
import io.factoreally.internal.spec.DatetimeHint;
import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.ObjectHint;
import io.factoreally.internal.generate.PythonFallback;
import io.factoreally.internal.spec.TextHint;
import io.factoreally.internal.spec.ValueHint;
import io.factoreally.internal.spec.VersionHint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites analysed hints into what the original Python factoreally reads (it rejects unknown hint
 * types and parameters). One rule per extension:
 * <ul>
 *   <li>CHOICE {@code other} (withheld rare values) is dropped. The original's CHOICE always produces,
 *       so the fallback hint after it would never run: when the stored values carry at least as much
 *       weight as the withheld ones the CHOICE stays and the fallback goes; otherwise the fallback
 *       stays alone (better all values in the learned format than a few stored ones).</li>
 *   <li>DATE / DATETIME {@code format}: dropped (the original writes its own ISO form).</li>
 *   <li>Hint types of ours ({@link PythonFallback}): replaced by the nearest hint the original reads.</li>
 * </ul>
 */
public final class PythonCompatibility {
    /** The 17 hint types of the original. */
    public static final Set<String> ORIGINAL_TYPES = Set.of("ALPHA", "ARRAY", "AUTH0_ID", "CHOICE", "CONST", "DATE",
            "DATETIME", "DURATION", "MAC", "MISSING", "NULL", "NUMBER", "NUMSTR", "OBJECT", "TEXT", "UUID4", "VERSION");

    private PythonCompatibility() {
    }

    /** The fields with every hint in the original's vocabulary. */
    public static Map<String, List<Hint>> apply(Map<String, List<Hint>> fields) {
        Map<String, List<Hint>> out = new LinkedHashMap<>();
        fields.forEach((path, hints) -> out.put(path, apply(hints)));
        return out;
    }

    static List<Hint> apply(List<Hint> hints) {
        List<Hint> out = new ArrayList<>();
        for (int i = 0; i < hints.size(); i++) {
            Hint h = hints.get(i);
            if (h instanceof ChoiceHint c && c.other() != null) {
                double stored = c.weights().stream().mapToDouble(Double::doubleValue).sum();
                boolean hasFallback = i + 1 < hints.size() && hints.get(i + 1) instanceof ValueHint;
                if (!hasFallback || stored >= c.other()) {
                    out.add(new ChoiceHint(c.choices(), c.weights()));
                    if (hasFallback) {
                        i++;
                    }
                }
                continue; // else: the fallback (next hint) is kept alone
            }
            Hint converted = convert(h);
            if (converted != null) {
                out.add(converted);
            }
        }
        return out;
    }

    private static Hint convert(Hint h) {
        if (h instanceof DatetimeHint d && d.format() != null) {
            return new DatetimeHint(d.min(), d.max(), null);
        }
        if (h instanceof DateHint d && d.format() != null) {
            return new DateHint(d.min(), d.max(), null);
        }
        if (h instanceof TextHint t && t.words() != null) {
            return new TextHint(t.min(), t.max());
        }
        if (h instanceof VersionHint v && v.parts() != null) {
            return new VersionHint(v.patternType(), v.examples());
        }
        if (ORIGINAL_TYPES.contains(h.type())) {
            return h;
        }
        if (h instanceof ValueHint v) {
            ValueHint fallback = PythonFallback.toPython(v);
            if (fallback != v && ORIGINAL_TYPES.contains(fallback.type())) {
                return fallback;
            }
        }
        throw new IllegalStateException("hint type " + h.type() + " has no Python-compatible fallback in "
                + PythonFallback.class.getName());
    }
}
