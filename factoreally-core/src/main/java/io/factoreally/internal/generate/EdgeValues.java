package io.factoreally.internal.generate;

import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.DateHint;
import io.factoreally.internal.spec.DatetimeHint;
import io.factoreally.internal.spec.DurationHint;
import io.factoreally.internal.spec.NumberHint;
import io.factoreally.internal.spec.NumstrHint;
import io.factoreally.internal.spec.SpecNumbers;
import io.factoreally.internal.spec.TemplateHint;
import io.factoreally.internal.spec.TextHint;
import io.factoreally.internal.spec.ValueHint;
import io.factoreally.internal.spec.VersionHint;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The boundary values a value hint implies, each with its label: NUMBER / NUMSTR {@code min},
 * {@code max} and, when the range spans zero, {@code 0} and {@code -1}; every value of a CHOICE
 * of at most {@value #CHOICE_LIMIT} values (labelled with its JSON text), and of a larger CHOICE (a
 * vocabulary such as names or titles, where one record per value would defeat "small") the most
 * frequent, the rarest, the shortest and the longest value; DATE / DATETIME {@code earliest}, {@code latest}; TEXT, DURATION and TEMPLATE
 * {@code shortest}, {@code longest}; every TEMPLATE alternative ({@code format 2/3}); VERSION
 * {@code lowest}, {@code highest}. A hint with one possible value or a fixed shape (CONST, UUID, MAC,
 * AUTH0_ID, ALPHA) has none. Boundary values are drawn with the same samplers as realistic values, so
 * they are written exactly as realistic values are.
 */
final class EdgeValues {
    private static final int MAX_LABEL = 32;
    /** A CHOICE with more values than this is a vocabulary, not a set of cases: only its extremes are boundaries. */
    static final int CHOICE_LIMIT = 16;

    private EdgeValues() {
    }

    /**
     * The value boundaries of a field's value hints: the first hint's, and for a CHOICE with a withheld
     * share ({@code other}) followed by a fallback hint, also one value of that share ({@code other})
     * and the fallback's own boundaries ({@code other max}, {@code other format 2/3}...).
     */
    static List<Boundary> of(List<ValueHint> values) {
        List<Boundary> first = of(values.get(0));
        if (!(values.get(0) instanceof ChoiceHint c && c.other() != null && c.other() > 0 && values.size() > 1)) {
            return first;
        }
        List<Boundary> out = new ArrayList<>(first);
        ValueSampler fallback = Samplers.forHint(values.get(1));
        out.add(new Boundary.Value("other", fallback));
        for (Boundary b : of(values.get(1))) {
            Boundary.Value v = (Boundary.Value) b;
            out.add(new Boundary.Value("other " + v.label(), v.sampler()));
        }
        return out;
    }

    /** The value boundaries of one hint (none: empty). */
    static List<Boundary> of(ValueHint hint) {
        if (hint instanceof NumberHint n) {
            return number(n, false);
        }
        if (hint instanceof NumstrHint n) {
            return number(n.number(), true);
        }
        if (hint instanceof ChoiceHint c) {
            return choice(c);
        }
        if (hint instanceof DateHint d) {
            DateSampler s = new DateSampler(d);
            return pair("earliest", "latest", s.minDay() != s.maxDay(),
                    rng -> s.render(s.minDay()), rng -> s.render(s.maxDay()));
        }
        if (hint instanceof DatetimeHint d) {
            DatetimeSampler s = new DatetimeSampler(d);
            return pair("earliest", "latest", s.spanMicros() > 0,
                    rng -> s.render(0), rng -> s.render(s.spanMicros()));
        }
        if (hint instanceof TextHint t) {
            TextSampler s = new TextSampler(t);
            return pair("shortest", "longest", s.min() != s.max(), rng -> s.text(rng, s.min()), rng -> s.text(rng, s.max()));
        }
        if (hint instanceof DurationHint d) {
            DurationSampler s = new DurationSampler(d);
            return pair("shortest", "longest", s.lo() != s.hi(), rng -> s.render(s.lo()), rng -> s.render(s.hi()));
        }
        if (hint instanceof VersionHint v) {
            VersionSampler s = new VersionSampler(v);
            return pair("lowest", "highest", true, rng -> s.extreme(false), rng -> s.extreme(true));
        }
        if (hint instanceof TemplateHint t) {
            return template(new TemplateSampler(t));
        }
        return List.of();
    }

    /** The key boundaries of a dynamic map whose key hint is {@code keyHint} (labelled {@code key ...}). */
    static List<Boundary> keys(ValueHint keyHint) {
        if (keyHint == null) {
            return List.of();
        }
        return of(keyHint).stream().map(b -> (Boundary) new Boundary.Key("key " + b.label(), ((Boundary.Value) b).sampler()))
                .toList();
    }

    /** The sizes of an array (or a dynamic map's key count) whose count hint is {@code count}. */
    static List<Boundary> sizes(NumberHint count, String longest) {
        if (count == null) {
            return List.of();
        }
        long lo = GenNode.count(count.min());
        long hi = GenNode.count(count.max());
        if (lo >= hi) {
            return List.of();
        }
        return List.of(new Boundary.Size(lo == 0 ? "empty" : "shortest", lo), new Boundary.Size(longest, hi));
    }

    private static List<Boundary> pair(String lowLabel, String highLabel, boolean distinct,
                                       ValueSampler low, ValueSampler high) {
        return distinct ? List.of(new Boundary.Value(lowLabel, low), new Boundary.Value(highLabel, high)) : List.of();
    }

    private static List<Boundary> number(NumberHint h, boolean asString) {
        if (SpecNumbers.compare(h.min(), h.max()) == 0) {
            return List.of();
        }
        List<Boundary> out = new ArrayList<>(4);
        boolean integral = h.integralBounds() && h.prec() == null;
        out.add(constant("min", bound(h.min(), h, integral), asString));
        out.add(constant("max", bound(h.max(), h, integral), asString));
        double lo = h.min().doubleValue();
        double hi = h.max().doubleValue();
        if (lo < 0 && hi > 0) {
            out.add(constant("0", integral ? (Object) 0L : (Object) 0.0, asString));
        }
        if (lo < -1 && hi > 0) {
            out.add(constant("-1", integral ? (Object) (-1L) : (Object) (-1.0), asString));
        }
        return out;
    }

    /** A bound as the sampler writes values: integers as Long/BigInteger, else a Double rounded to prec when that stays in range. */
    private static Object bound(Number b, NumberHint h, boolean integral) {
        if (integral) {
            return b instanceof BigInteger big && big.bitLength() < 64 ? (Object) big.longValue() : b;
        }
        if (b instanceof java.math.BigDecimal exact) {
            return exact; // more digits than a double holds: the bound itself, exactly
        }
        double x = b.doubleValue();
        double r = PythonNumbers.round(x, h.prec() == null ? 0 : h.prec());
        return r >= h.min().doubleValue() && r <= h.max().doubleValue() ? r : x;
    }

    private static Boundary constant(String label, Object value, boolean asString) {
        Object v = asString ? PythonNumbers.str(value) : value;
        return new Boundary.Value(label, rng -> v);
    }

    private static List<Boundary> choice(ChoiceHint c) {
        List<JsonNode> choices = c.choices();
        if (choices.size() < 2) {
            return List.of();
        }
        List<Boundary> out = new ArrayList<>(Math.min(choices.size(), CHOICE_LIMIT));
        for (JsonNode n : choices.size() <= CHOICE_LIMIT ? choices : extremes(c)) {
            Object scalar = JsonValues.isScalar(n) ? JsonValues.toJava(n) : null;
            boolean isScalar = JsonValues.isScalar(n);
            out.add(new Boundary.Value(label(JsonText.of(n)), rng -> isScalar ? scalar : JsonValues.toJava(n)));
        }
        return out;
    }

    /** The most frequent, rarest, shortest and longest (JSON text) choices, without repeats. */
    private static List<JsonNode> extremes(ChoiceHint c) {
        List<JsonNode> choices = c.choices();
        List<Double> w = c.weights() != null && c.weights().size() == choices.size() ? c.weights() : null;
        int heavy = 0;
        int light = choices.size() - 1;
        int shortest = 0;
        int longest = 0;
        int[] length = new int[choices.size()];
        for (int i = 0; i < choices.size(); i++) {
            length[i] = JsonText.of(choices.get(i)).length();
        }
        for (int i = 0; i < choices.size(); i++) {
            if (w != null && w.get(i) > w.get(heavy)) {
                heavy = i;
            }
            if (w != null && w.get(i) > 0 && (w.get(light) <= 0 || w.get(i) <= w.get(light))) {
                light = i;
            }
            if (length[i] < length[shortest]) {
                shortest = i;
            }
            if (length[i] > length[longest]) {
                longest = i;
            }
        }
        return IntStream.of(heavy, light, shortest, longest).distinct().mapToObj(choices::get).toList();
    }

    private static List<Boundary> template(TemplateSampler s) {
        int n = s.templateCount();
        List<Boundary> out = new ArrayList<>();
        if (n > 1) {
            for (int i = 0; i < n; i++) {
                int t = i;
                out.add(new Boundary.Value("format " + (i + 1) + "/" + n,
                        rng -> s.render(t, TemplateSampler.RANDOM, rng)));
            }
        }
        // the template whose shortest rendering is shortest, and whose longest is longest
        Rng probe = new Rng(0);
        int shortT = 0;
        int longT = 0;
        int shortLen = Integer.MAX_VALUE;
        int longLen = -1;
        for (int i = 0; i < n; i++) {
            int sl = s.render(i, TemplateSampler.SHORTEST, probe).length();
            int ll = s.render(i, TemplateSampler.LONGEST, probe).length();
            if (sl < shortLen) {
                shortLen = sl;
                shortT = i;
            }
            if (ll > longLen) {
                longLen = ll;
                longT = i;
            }
        }
        if (n > 0 && shortLen < longLen) {
            int st = shortT;
            int lt = longT;
            out.add(new Boundary.Value("shortest", rng -> s.render(st, TemplateSampler.SHORTEST, rng)));
            out.add(new Boundary.Value("longest", rng -> s.render(lt, TemplateSampler.LONGEST, rng)));
        }
        return out;
    }

    private static String label(String json) {
        return json.length() <= MAX_LABEL ? json : json.substring(0, MAX_LABEL - 1) + "\u2026";
    }
}
