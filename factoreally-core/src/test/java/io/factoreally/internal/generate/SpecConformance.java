package io.factoreally.internal.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.FactorySpec;
import io.factoreally.internal.spec.AlphaHint;
import io.factoreally.internal.spec.ArrayHint;
import io.factoreally.internal.spec.Auth0IdHint;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.ConstHint;
import io.factoreally.internal.spec.DateHint;
import io.factoreally.internal.spec.DatetimeHint;
import io.factoreally.internal.spec.Distribution;
import io.factoreally.internal.spec.DurationHint;
import io.factoreally.internal.spec.FieldPath;
import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.MacHint;
import io.factoreally.internal.spec.MissingHint;
import io.factoreally.internal.spec.NullHint;
import io.factoreally.internal.spec.NumberHint;
import io.factoreally.internal.spec.NumstrHint;
import io.factoreally.internal.spec.ObjectHint;
import io.factoreally.internal.spec.TextHint;
import io.factoreally.internal.spec.Uuid4Hint;
import io.factoreally.internal.spec.ValueHint;
import io.factoreally.internal.spec.VersionHint;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.ExponentialDistribution;
import org.hipparchus.distribution.continuous.GammaDistribution;
import org.hipparchus.distribution.continuous.LogNormalDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.WeibullDistribution;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Test oracle: observes generated records path by path and checks them against the spec they came
 * from: presence and null rates (MISSING conditional on the parent being present and not null, NULL
 * on presence), CHOICE frequencies, number ranges, types and truncated means, and value formats.
 *
 * <p>Rate tolerance: 2 percentage points, widened to 4 standard errors for paths observed too rarely
 * for 2 points to be a meaningful bound (fewer than about 2,500 occurrences). Mean tolerance: 5% of
 * the expected mean, or 4 standard errors of the sample mean when the mean is near 0 (where 5% of
 * it is below sampling noise).
 */
public final class SpecConformance {
    private static final Pattern UUID4 = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern MAC = Pattern.compile("[0-9A-F]{2}(:[0-9A-F]{2}){5}");
    private static final Pattern AUTH0 = Pattern.compile("auth0\\|[0-9a-f]{24}");
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]*\\.[0-9]+\\.[0-9]+");
    private static final Pattern VERSION_SHORT = Pattern.compile("[1-9][0-9]*\\.[0-9]+");
    private static final Pattern HMS = Pattern.compile("(\\d{2,}):(\\d{2}):(\\d{2})");
    private static final Pattern DHMS = Pattern.compile("(\\d+)\\.(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d{1,7})?");
    private static final String LOREM = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod";

    private final FactorySpec spec;
    private final Map<String, List<String[]>> members = new HashMap<>(); // parent -> [name, childPath]
    private final Map<String, Stats> stats = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    /** What was seen at one path. */
    static final class Stats {
        long parentOcc;
        long present;
        long nulls;
        final List<Object> values = new ArrayList<>();
        final List<Integer> sizes = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
    }

    public SpecConformance(FactorySpec spec) {
        this.spec = spec;
        members.putAll(members(spec));
    }

    /**
     * The members of each object path ({@code ""} = the root) in order of first appearance, intermediate
     * objects included, each as {@code [name, childPath]}.
     */
    static Map<String, List<String[]>> members(FactorySpec spec) {
        Map<String, List<String[]>> members = new HashMap<>();
        for (String path : spec.paths()) {
            if (path.isEmpty()) {
                continue;
            }
            List<FieldPath.Segment> segs = FieldPath.parse(path);
            for (int i = 1; i <= segs.size(); i++) {
                if (segs.get(i - 1) instanceof FieldPath.Member m) {
                    String p = FieldPath.format(segs.subList(0, i));
                    String parent = FieldPath.format(segs.subList(0, i - 1));
                    List<String[]> list = members.computeIfAbsent(parent, k -> new ArrayList<>());
                    if (list.stream().noneMatch(e -> e[1].equals(p))) {
                        list.add(new String[] {m.name(), p});
                    }
                }
            }
        }
        return members;
    }

    /** Observes one record (the root is present). */
    public void observe(Object record) {
        visit(record, "");
    }

    /** Everything that does not conform; empty when all is well. */
    public List<String> failures() {
        for (Map.Entry<String, Stats> e : stats.entrySet()) {
            check(e.getKey(), e.getValue());
        }
        if (failures.size() > 50) {
            return failures.subList(0, 50);
        }
        for (String path : spec.paths()) {
            if (!stats.containsKey(path) && !path.isEmpty()) {
                Stats s = new Stats();
                check(path, s);
            }
        }
        return failures;
    }

    /** Observed stats of a path (for direct assertions). */
    Stats stats(String path) {
        return stats.computeIfAbsent(path, k -> new Stats());
    }

    private void visit(Object v, String path) {
        Stats st = stats(path);
        st.present++;
        if (v == null) {
            st.nulls++;
            return;
        }
        List<Hint> hints = spec.hints(path);
        if (has(hints, ArrayHint.class)) {
            if (!(v instanceof List<?> l)) {
                failures.add(path + ": expected an array, got " + v);
                return;
            }
            st.sizes.add(l.size());
            String el = FieldPath.element(path);
            for (Object e : l) {
                if (spec.paths().contains(el) || members.containsKey(el)) {
                    visit(e, el);
                } else if (!(e instanceof Map<?, ?> m && m.isEmpty())) {
                    failures.add(path + ": element without an element path must be {}, got " + e);
                }
            }
        } else if (has(hints, ObjectHint.class)) {
            if (!(v instanceof Map<?, ?> m)) {
                failures.add(path + ": expected a map, got " + v);
                return;
            }
            st.sizes.add(m.size());
            String vp = FieldPath.mapValue(path);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                st.keys.add((String) e.getKey());
                if (spec.paths().contains(vp) || members.containsKey(vp)) {
                    visit(e.getValue(), vp);
                }
            }
        } else if (members.containsKey(path)) {
            if (!(v instanceof Map<?, ?> m)) {
                failures.add(path + ": expected an object, got " + v);
                return;
            }
            List<String> order = new ArrayList<>();
            for (String[] child : members.get(path)) {
                stats(child[1]).parentOcc++;
                if (m.containsKey(child[0])) {
                    order.add(child[0]);
                    visit(m.get(child[0]), child[1]);
                }
            }
            if (!new ArrayList<>(m.keySet()).equals(order) && failures.size() < 50) {
                failures.add(path + ": keys " + m.keySet() + " are not the spec's members in spec order " + order);
            }
        } else {
            st.values.add(v);
        }
    }

    private void check(String path, Stats s) {
        List<Hint> hints = spec.hints(path);
        double missing = 0;
        double nul = 0;
        for (Hint h : hints) {
            if (h instanceof MissingHint m) {
                missing = m.pct();
            } else if (h instanceof NullHint n) {
                nul = n.pct();
            }
        }
        if (!path.isEmpty() && s.parentOcc > 0) {
            rate(path, "MISSING", missing, 100.0 * (s.parentOcc - s.present) / s.parentOcc, s.parentOcc);
        }
        if (s.present > 0) {
            rate(path, "NULL", nul, 100.0 * s.nulls / s.present, s.present);
        }
        ValueHint first = null;
        NumberHint count = null;
        ValueHint keyHint = null;
        for (Hint h : hints) {
            if (h instanceof ValueHint v) {
                if (first == null) {
                    first = v;
                }
                if (count == null && v instanceof NumberHint n) {
                    count = n;
                } else if (count != null && keyHint == null) {
                    keyHint = v;
                }
            }
        }
        if (has(hints, ArrayHint.class) || has(hints, ObjectHint.class)) {
            for (int size : s.sizes) {
                if (size > count.max().doubleValue() || (keyHint == null && size < count.min().doubleValue())) {
                    failures.add(path + ": size " + size + " outside [" + count.min() + ", " + count.max() + "]");
                    break;
                }
            }
            if (keyHint != null) {
                checkValues(path + " (keys)", keyHint, new ArrayList<>(s.keys));
            }
            return;
        }
        if (first != null) {
            checkValues(path, first, s.values);
        }
    }

    private void rate(String path, String what, double expected, double observed, long n) {
        double q = expected / 100;
        double tol = Math.max(2.0, 4 * 100 * Math.sqrt(Math.max(q * (1 - q), 1e-9) / n));
        if (Math.abs(observed - expected) > tol) {
            failures.add(String.format("%s: %s rate %.3f%% vs spec %.3f%% (n=%d, tolerance %.2f)", path, what,
                    observed, expected, n, tol));
        }
    }

    private void checkValues(String path, ValueHint hint, List<Object> values) {
        if (values.isEmpty()) {
            return;
        }
        if (hint instanceof NumberHint n) {
            checkNumbers(path, n, values);
        } else if (hint instanceof NumstrHint n) {
            List<Object> nums = new ArrayList<>();
            for (Object v : values) {
                nums.add(n.number().integralBounds() && n.number().prec() == null ? (Object) Long.parseLong((String) v)
                        : Double.parseDouble((String) v));
            }
            checkNumbers(path, n.number(), nums);
        } else if (hint instanceof ChoiceHint c) {
            checkChoice(path, c, values);
        } else if (hint instanceof ConstHint c) {
            Object expected = JsonValues.toJava(c.val());
            values.stream().filter(v -> !v.equals(expected)).findFirst()
                    .ifPresent(v -> failures.add(path + ": CONST " + expected + " but got " + v));
        } else {
            for (Object v : values) {
                String why = formatError(hint, v);
                if (why != null) {
                    failures.add(path + ": " + hint.type() + " value " + v + " " + why);
                    return;
                }
            }
        }
    }

    static String formatError(ValueHint hint, Object v) {
        if (!(v instanceof String s)) {
            return hint instanceof DurationHint ? null : "is not a string";
        }
        if (hint instanceof Uuid4Hint) {
            return UUID4.matcher(s).matches() ? null : "is not a lowercase v4 UUID";
        }
        if (hint instanceof MacHint) {
            return MAC.matcher(s).matches() ? null : "is not a MAC";
        }
        if (hint instanceof Auth0IdHint) {
            return AUTH0.matcher(s).matches() ? null : "is not an auth0 id";
        }
        if (hint instanceof VersionHint vh) {
            Pattern p = VersionHint.SHORT.equals(vh.patternType()) ? VERSION_SHORT : VERSION;
            return p.matcher(s).matches() ? null : "is not a version";
        }
        if (hint instanceof DateHint d && d.format() == null) {
            LocalDate x = LocalDate.parse(s);
            return x.isBefore(d.min()) || x.isAfter(d.max()) ? "is outside the range" : null;
        }
        if (hint instanceof DatetimeHint d && d.format() == null) {
            OffsetDateTime x = OffsetDateTime.parse(s);
            return x.isBefore(d.min()) || x.isAfter(d.max()) || !x.getOffset().equals(d.min().getOffset())
                    || !s.equals(io.factoreally.internal.spec.DatetimeFormats.pythonIsoformat(x))
                    ? "is outside the range or not Python isoformat in min's offset" : null;
        }
        if (hint instanceof DurationHint d) {
            double secs = durationSeconds(d.fmt(), s);
            return Double.isNaN(secs) ? "does not match " + d.fmt()
                    : secs < d.min().doubleValue() - 1 || secs > d.max().doubleValue() + 1 ? "is outside the range" : null;
        }
        if (hint instanceof AlphaHint a) {
            for (Map.Entry<String, List<Integer>> e : a.chrs().entrySet()) {
                for (int p : e.getValue()) {
                    if (p >= s.length() || e.getKey().indexOf(s.charAt(p)) < 0) {
                        return "has a character outside position " + p + "'s charset";
                    }
                }
            }
            return null;
        }
        if (hint instanceof TextHint t && t.words() != null) {
            int length = s.codePointCount(0, s.length());
            if (length < t.min().doubleValue() || length > t.max().doubleValue()) {
                return "is a text outside the length range";
            }
            String[] tokens = s.split(" ", -1);
            for (int i = 0; i < tokens.length; i++) {
                boolean last = i == tokens.length - 1;
                // a text one character short of its length ends with a full stop
                String token = last && tokens[i].endsWith(".") && !t.words().contains(tokens[i])
                        ? tokens[i].substring(0, tokens[i].length() - 1) : tokens[i];
                // each a word; the last may be the start of one (a text no word could finish)
                if (!t.words().contains(token) && !(last && !token.isEmpty()
                        && t.words().stream().anyMatch(w -> w.startsWith(token)))) {
                    return "has \"" + token + "\", not one of the words";
                }
            }
            return null;
        }
        if (hint instanceof TextHint t) {
            boolean lorem = s.startsWith("lorem") || LOREM.startsWith(s);
            return lorem && s.length() <= t.max().doubleValue() && !s.isEmpty() ? null : "is not lorem text within the length";
        }
        return null;
    }

    static double durationSeconds(String fmt, String s) {
        java.util.regex.Matcher m;
        switch (fmt) {
            case "HMS":
                m = HMS.matcher(s);
                return m.matches() ? Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60
                        + Long.parseLong(m.group(3)) : Double.NaN;
            case "D.HMS":
            case "D.HMS.F":
                m = DHMS.matcher(s);
                if (!m.matches() || (fmt.equals("D.HMS") != (m.group(5) == null))) {
                    return Double.NaN;
                }
                return Long.parseLong(m.group(1)) * 86400 + Long.parseLong(m.group(2)) * 3600
                        + Long.parseLong(m.group(3)) * 60 + Long.parseLong(m.group(4))
                        + (m.group(5) == null ? 0 : Double.parseDouble("0" + m.group(5)));
            case "ISO8601_Days":
                return s.matches("P\\d+D") ? Long.parseLong(s.substring(1, s.length() - 1)) * 86400.0 : Double.NaN;
            case "ISO8601_Weeks":
                return s.matches("P\\d+W") ? Long.parseLong(s.substring(1, s.length() - 1)) * 604800.0 : Double.NaN;
            default:
                return Double.NaN;
        }
    }

    private void checkChoice(String path, ChoiceHint c, List<Object> values) {
        Map<Object, Long> counts = new HashMap<>();
        for (Object v : values) {
            counts.merge(v, 1L, Long::sum);
        }
        List<Object> choices = new ArrayList<>();
        for (JsonNode n : c.choices()) {
            choices.add(JsonValues.toJava(n));
        }
        for (Object v : counts.keySet()) {
            if (!choices.contains(v)) {
                failures.add(path + ": CHOICE value " + v + " is not among the choices");
                return;
            }
        }
        double total = 0;
        boolean weighted = c.weights() != null && c.weights().size() == choices.size();
        for (int i = 0; i < choices.size(); i++) {
            total += weighted ? c.weights().get(i) : 1;
        }
        for (int i = 0; i < choices.size(); i++) {
            double expected = 100 * (weighted ? c.weights().get(i) : 1) / total;
            double observed = 100.0 * counts.getOrDefault(choices.get(i), 0L) / values.size();
            rate(path + " = " + choices.get(i), "CHOICE", expected, observed, values.size());
        }
    }

    private void checkNumbers(String path, NumberHint n, List<Object> values) {
        double lo = n.min().doubleValue();
        double hi = n.max().doubleValue();
        boolean integral = n.integralBounds() && n.prec() == null;
        double sum = 0;
        double sumSq = 0;
        for (Object v : values) {
            if (integral ? !(v instanceof Long || v instanceof java.math.BigInteger) : !(v instanceof Double)
                    && lo != hi) {
                failures.add(path + ": " + v + " (" + v.getClass().getSimpleName() + ") has the wrong type");
                return;
            }
            double x = ((Number) v).doubleValue();
            if (x < lo || x > hi) {
                failures.add(path + ": " + v + " outside [" + n.min() + ", " + n.max() + "]");
                return;
            }
            if (!integral && n.prec() != null && PythonNumbers.round(x, n.prec()) != x) {
                failures.add(path + ": " + v + " not rounded to " + n.prec() + " decimals");
                return;
            }
            sum += x;
            sumSq += x * x;
        }
        if (values.size() >= 1000 && lo != hi) {
            double mean = sum / values.size();
            double expected = truncatedMean(n.distribution(), integral ? lo - 0.5 : lo, integral ? hi + 0.5 : hi);
            double se = Math.sqrt(Math.max(0, sumSq / values.size() - mean * mean) / values.size());
            double tol = Math.max(0.05 * Math.abs(expected), 4 * se);
            if (Math.abs(mean - expected) > tol) {
                failures.add(String.format("%s: mean %.4f vs truncated %s mean %.4f (tolerance %.4f)", path, mean,
                        n.distribution() == null ? "uniform" : n.distribution().key(), expected, tol));
            }
        }
    }

    /** Mean of {@code d} (null: uniform) truncated to [a, b], by Simpson integration of its density. */
    public static double truncatedMean(Distribution d, double a, double b) {
        RealDistribution base;
        double loc = 0;
        double mult = 1;
        if (d instanceof Distribution.Normal x) {
            base = new NormalDistribution(x.mean(), x.std());
        } else if (d instanceof Distribution.Gamma x) {
            base = new GammaDistribution(x.alpha(), 1 / x.beta());
            loc = x.loc();
        } else if (d instanceof Distribution.Beta x) {
            base = new BetaDistribution(x.a(), x.b());
            loc = x.loc();
            mult = x.scale();
        } else if (d instanceof Distribution.LogNormal x) {
            base = new LogNormalDistribution(Math.log(x.scale()), x.s());
            loc = x.loc();
        } else if (d instanceof Distribution.Exponential x) {
            base = new ExponentialDistribution(x.scale());
            loc = x.loc();
        } else if (d instanceof Distribution.Weibull x) {
            base = new WeibullDistribution(x.c(), x.scale());
            loc = x.loc();
        } else {
            return (a + b) / 2;
        }
        int steps = 20_000;
        double h = (b - a) / steps;
        double num = 0;
        double den = 0;
        for (int i = 0; i <= steps; i++) {
            double x = a + i * h;
            double f = base.density((x - loc) / mult);
            if (!Double.isFinite(f)) {
                f = 0;
            }
            double w = i == 0 || i == steps ? 1 : (i % 2 == 1 ? 4 : 2);
            num += w * x * f;
            den += w * f;
        }
        return num / den;
    }

    private static boolean has(List<Hint> hints, Class<? extends Hint> type) {
        return hints.stream().anyMatch(type::isInstance);
    }
}
