package io.factoreally.internal.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.internal.analysis.format.TemplateFormat;
import io.factoreally.internal.analysis.format.WordTemplates;
import io.factoreally.internal.generate.JsonValues;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.ConstHint;
import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.TextHint;
import io.factoreally.internal.spec.ValueHint;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one path's statistics into value hints: NUMBER for numbers; for strings the first format
 * (in precedence order) that every value matched and that learns a hint; otherwise CHOICE/CONST under
 * the privacy rule.
 *
 * <p>Privacy: a string is stored verbatim only when it occurred at least k times (a guaranteed count,
 * also once counters are approximate). The share of the withheld values is kept: the CHOICE gets an
 * {@code other} weight and is followed by a fallback hint that generates those values from the field's
 * learned shape (a format learned from its strings, else TEXT with the observed length range). The
 * empty string is stored whatever its count (it reveals nothing) and no format describes it: beside
 * formatted values it is a CHOICE of its own share before the format.
 */
final class HintSelector {
    private static final MathContext WEIGHT_DIGITS = new MathContext(6);

    private final List<StringFormat> formats;
    private final NumberFit fitter;
    private final int k;
    /** The mask bit of {@link TemplateFormat} (-1: none), for the fallback of withheld names and titles. */
    private final int templateFormat;

    /**
     * Whether withheld names and labels may be made of their frequent words ({@link WordTemplates}): not
     * for {@code --python-compatible} output, which stores generated values of a TEMPLATE as a CHOICE, and
     * words of the input can make a rare input value again.
     */
    private final boolean words;

    HintSelector(List<StringFormat> formats, NumberFit fitter, int k) {
        this(formats, fitter, k, true);
    }

    HintSelector(List<StringFormat> formats, NumberFit fitter, int k, boolean words) {
        this.words = words;
        this.formats = formats;
        int t = -1;
        for (int i = 0; i < formats.size(); i++) {
            if (formats.get(i) instanceof TemplateFormat) {
                t = i;
            }
        }
        this.templateFormat = t; // -1: not among the formats (tests)
        this.fitter = fitter;
        this.k = k;
    }

    /** Hints plus how many distinct values were withheld. */
    record Selection(List<Hint> hints, long withheld) {
    }

    ValueHint number(NumericStats s) {
        Integer prec = s.integral ? null : s.prec;
        Number min = s.min;
        Number max = s.max;
        if (!s.integral) {
            min = floatBound(min);
            max = floatBound(max);
        }
        return fitter.fit(s.sample(), s.integral, min, max, prec);
    }

    private static Number floatBound(Number n) {
        return n instanceof BigDecimal ? n : Double.valueOf(n.doubleValue());
    }

    /** Value hints of a path holding scalars. */
    Selection values(PathNode n, Set<String> publicValues) {
        long numbers = n.ints + n.floats;
        long scalars = n.scalars();
        if (numbers == scalars) {
            if (discrete(n.values)) {
                return choice(n.values, scalars, () -> null, false, Set.of());
            }
            return new Selection(List.of(number(n.numbers)), 0);
        }
        boolean formatTried = n.strings == scalars && publicValues.isEmpty(); // an enum keeps to its constants
        if (formatTried) {
            Optional<ValueHint> f = format(n.formatMask, n.values);
            if (f.isPresent()) {
                long empty = emptyStrings(n.values);
                if (empty == 0) {
                    return new Selection(List.of(f.get()), 0);
                }
                // empty strings beside formatted ones ("004", "248", ""): kept with their share, the rest formatted
                return new Selection(List.of(new ChoiceHint(List.of(json("")), List.of(share(empty, scalars)),
                        share(scalars - empty, scalars)), f.get()), 0);
            }
        }
        return choice(n.values, scalars, () -> fallback(n, formatTried), false, publicValues);
    }

    /**
     * Numbers with few distinct values, each seen at least k and at least {@value #MIN_REPEATS} times
     * (counts of cylinders, flags, small counters), keep their exact frequencies as a CHOICE: a fitted or
     * uniform range would invent values in between and lose the shares. Privacy holds because every
     * stored value occurred k times.
     */
    private boolean discrete(ValueCounts values) {
        if (!values.complete() || values.size() < 2 || values.size() > MAX_DISCRETE) {
            return false;
        }
        for (ValueCounts.Entry e : values.entries().values()) {
            if (e.lowerBound() < Math.max(k, MIN_REPEATS)) {
                return false;
            }
        }
        return true;
    }

    /** Fewest occurrences of every distinct number for a discrete CHOICE (evidence that the data is discrete). */
    static final int MIN_REPEATS = 5;

    /** Most distinct numbers a path may have to be stored as a CHOICE. */
    static final int MAX_DISCRETE = 32;

    /** The key hint of a dynamic map (none: keys are random). */
    Selection keys(PathNode n, Set<String> publicValues) {
        Optional<ValueHint> f = publicValues.isEmpty() ? format(n.keyFormatMask, n.keys) : Optional.empty();
        if (f.isPresent()) {
            return new Selection(List.of(f.get()), 0);
        }
        return choice(n.keys, n.keys.total(), () -> null, true, publicValues);
    }

    /**
     * The hint that makes the values a CHOICE withholds; {@code formatTried}: {@link #values} already
     * found that no format learns them (the same question, the same answer).
     */
    private ValueHint fallback(PathNode n, boolean formatTried) {
        if (n.strings == 0) {
            return number(n.numbers);
        }
        Optional<ValueHint> f = formatTried ? Optional.empty() : format(n.formatMask, n.values);
        boolean shape = templateFormat >= 0 && (n.formatMask & (1L << templateFormat)) != 0;
        if (f.isEmpty() && (words || shape)) { // names and short titles: their frequent words, the shape of the rest
            StringSample all = sample(n.values);
            StringSample withheld = withheld(all);
            f = words ? WordTemplates.learn(all, withheld) : Optional.empty();
            if (f.isEmpty() && shape) {
                f = TemplateFormat.shape(withheld); // else their shape, not lorem
            }
        }
        return f.orElseGet(() -> new TextHint((long) Math.max(0, n.minLength), (long) Math.max(0, n.maxLength)));
    }

    private Optional<ValueHint> format(long mask, ValueCounts values) {
        if (mask == 0 || values.size() == 0) {
            return Optional.empty();
        }
        StringSample sample = null;
        for (int i = 0; i < formats.size(); i++) {
            if ((mask & (1L << i)) == 0) {
                continue;
            }
            if (sample == null) {
                sample = sample(values);
                if (sample.counts().isEmpty()) {
                    return Optional.empty();
                }
            }
            Optional<ValueHint> h = formats.get(i).learn(sample);
            if (h.isPresent()) {
                return h;
            }
        }
        return Optional.empty();
    }

    /** Occurrences of the empty string (at least; exact while the table is complete). */
    private static long emptyStrings(ValueCounts values) {
        ValueCounts.Entry e = values.entries().get("");
        return e == null ? 0 : e.lowerBound();
    }

    /**
     * The strings of a path's sample that a CHOICE withholds (seen fewer than k times), which its
     * fallback generates: a shape learned from them alone does not make the stored values again.
     */
    private StringSample withheld(StringSample all) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<String, Long> e : all.counts().entrySet()) {
            if (e.getValue() < k) {
                counts.put(e.getKey(), e.getValue());
                total += e.getValue();
            }
        }
        return new StringSample(counts, total, counts.size(), all.complete(), k);
    }

    /** The strings formats learn from: every string but the empty one, which no format describes. */
    private StringSample sample(ValueCounts values) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long others = 0;
        long otherDistinct = 0;
        for (Map.Entry<Object, ValueCounts.Entry> e : values.entries().entrySet()) {
            if (e.getKey() instanceof String s && !s.isEmpty()) {
                counts.put(s, e.getValue().lowerBound());
            } else {
                others += e.getValue().count;
                otherDistinct++;
            }
        }
        return new StringSample(counts, values.total() - others, values.distinct() - otherDistinct,
                values.complete(), k);
    }

    private Selection choice(ValueCounts values, long total, java.util.function.Supplier<ValueHint> fallback,
                             boolean keys, Set<String> publicValues) {
        List<Map.Entry<Object, ValueCounts.Entry>> stored = new ArrayList<>();
        long withheldDistinct = 0;
        long storedMass = 0;
        for (Map.Entry<Object, ValueCounts.Entry> e : values.entries().entrySet()) {
            boolean isString = e.getKey() instanceof String;
            // the empty string reveals nothing: kept whatever its count
            if (!isString || e.getValue().lowerBound() >= k || publicValues.contains(e.getKey()) || "".equals(e.getKey())) {
                stored.add(e);
                storedMass += e.getValue().lowerBound();
            } else {
                withheldDistinct++;
            }
        }
        if (!values.complete()) {
            withheldDistinct += Math.max(0, values.distinct() - values.size());
        }
        stored.sort(Comparator.<Map.Entry<Object, ValueCounts.Entry>>comparingLong(e -> -e.getValue().lowerBound())
                .thenComparingLong(e -> e.getValue().first));
        long withheldMass = total - storedMass;
        List<JsonNode> choices = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Map.Entry<Object, ValueCounts.Entry> e : stored) {
            choices.add(json(e.getKey()));
            weights.add(share(e.getValue().lowerBound(), total));
        }
        List<Hint> hints = new ArrayList<>();
        if (withheldMass <= 0) {
            if (choices.size() == 1 && !keys) {
                hints.add(new ConstHint(choices.get(0)));
            } else if (!choices.isEmpty()) {
                hints.add(new ChoiceHint(choices, weights));
            }
            return new Selection(hints, withheldDistinct);
        }
        if (!choices.isEmpty()) {
            hints.add(new ChoiceHint(choices, weights, share(withheldMass, total)));
        }
        ValueHint fb = fallback.get();
        if (fb != null) {
            hints.add(fb);
        }
        return new Selection(hints, withheldDistinct);
    }

    /** count/total with 6 significant digits: never 0 for a stored value. */
    static double share(long count, long total) {
        return new BigDecimal(count).divide(new BigDecimal(total), WEIGHT_DIGITS).doubleValue();
    }

    static JsonNode json(Object v) {
        return JsonValues.toJson(v);
    }
}
