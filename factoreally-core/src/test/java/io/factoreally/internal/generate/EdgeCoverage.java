package io.factoreally.internal.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.FactorySpec;
import io.factoreally.internal.bind.Binder;
import io.factoreally.internal.spec.ArrayHint;
import io.factoreally.internal.spec.CharRanges;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.ConstHint;
import io.factoreally.internal.spec.DateHint;
import io.factoreally.internal.spec.DatetimeFormats;
import io.factoreally.internal.spec.DatetimeHint;
import io.factoreally.internal.spec.DurationHint;
import io.factoreally.internal.spec.FieldPath;
import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.MissingHint;
import io.factoreally.internal.spec.NullHint;
import io.factoreally.internal.spec.NumberHint;
import io.factoreally.internal.spec.NumstrHint;
import io.factoreally.internal.spec.ObjectHint;
import io.factoreally.internal.spec.TemplateHint;
import io.factoreally.internal.spec.TemplatePart;
import io.factoreally.internal.spec.TextHint;
import io.factoreally.internal.spec.ValueHint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Test oracle for edge cases, written from the spec alone (not from the edge-case code): walks records
 * path by path, checks every value against its path's constraints (numbers in [min, max], CHOICE
 * values among the choices, CONST, formats, TEMPLATE shapes, sizes) and lists, from the spec's hints,
 * every boundary the records must cover: absent where MISSING, null where NULL, min / max (and 0 and a
 * negative value when the range spans 0) for NUMBER and NUMSTR, every value of a CHOICE of at most 16
 * (of a larger one: the most frequent, the rarest, the shortest and the longest), earliest / latest
 * DATE and DATETIME, a value of a CHOICE's withheld share ({@code other}) and its fallback hint's boundaries, shortest / longest TEXT, DURATION and TEMPLATE, every TEMPLATE alternative, empty
 * (or shortest) and longest arrays and maps, the boundaries of a dynamic map's key hint (its keys).
 */
public final class EdgeCoverage {
    private final FactorySpec spec;
    private final Map<String, List<String[]>> members = new HashMap<>();
    private final Map<String, Seen> seen = new LinkedHashMap<>();
    private final List<String> violations = new ArrayList<>();
    private final Map<ValueHint, Set<String>> choiceTexts = new java.util.IdentityHashMap<>();

    /** What records showed at one path. */
    private static final class Seen {
        boolean absent;
        boolean nul;
        final List<Object> values = new ArrayList<>();
        final Set<Integer> sizes = new LinkedHashSet<>();
        final List<Object> keys = new ArrayList<>();
    }

    public EdgeCoverage(FactorySpec spec) {
        this.spec = spec;
        members.putAll(SpecConformance.members(spec));
    }

    /** Observes one record. */
    public void observe(Object record) {
        visit(record, "");
    }

    /** Values that break their path's constraints. */
    public List<String> violations() {
        return violations;
    }

    /** Boundaries implied by the spec that no observed record covers. */
    public List<String> uncovered() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<Hint>> e : spec.fields().entrySet()) {
            String path = e.getKey();
            Seen s = seen.getOrDefault(path, new Seen());
            List<Hint> hints = e.getValue();
            if (hints.stream().anyMatch(h -> h instanceof MissingHint m && m.pct() > 0) && !s.absent) {
                out.add(path + "=absent");
            }
            if (hints.stream().anyMatch(h -> h instanceof NullHint n && n.pct() > 0) && !s.nul) {
                out.add(path + "=null");
            }
            List<ValueHint> values = hints.stream().filter(h -> h instanceof ValueHint).map(h -> (ValueHint) h).toList();
            if (values.isEmpty()) {
                continue;
            }
            boolean container = hints.stream().anyMatch(h -> h instanceof ArrayHint || h instanceof ObjectHint);
            if (container) {
                sizes(path, values, hints.stream().anyMatch(h -> h instanceof ObjectHint), s, out);
                ValueHint keyHint = keyHint(hints);
                if (keyHint != null) {
                    values(path + " (keys)", keyHint, s.keys, out);
                }
            } else {
                values(path, values.get(0), s.values, out);
                if (values.get(0) instanceof ChoiceHint c && c.other() != null && c.other() > 0 && values.size() > 1) {
                    List<Object> others = s.values.stream().filter(v -> !isChoice(c, v)).toList();
                    expect(!others.isEmpty(), path + "=other", out);
                    values(path + " (other)", values.get(1), others, out);
                }
            }
        }
        return out;
    }

    private static void sizes(String path, List<ValueHint> values, boolean map, Seen s, List<String> out) {
        if (!(values.get(0) instanceof NumberHint n)) {
            return;
        }
        int lo = (int) Math.max(0, Math.rint(n.min().doubleValue()));
        int hi = (int) Math.max(0, Math.rint(n.max().doubleValue()));
        if (lo == hi) {
            return;
        }
        if (!s.sizes.contains(lo)) {
            out.add(path + "=size " + lo);
        }
        boolean fewKeys = map && values.size() > 1 && (values.get(1) instanceof ChoiceHint || values.get(1) instanceof ConstHint);
        if (!s.sizes.contains(hi) && !fewKeys) {
            out.add(path + "=size " + hi);
        }
    }

    private void values(String path, ValueHint hint, List<Object> vs, List<String> out) {
        if (hint instanceof NumberHint n) {
            numbers(path, n, vs, out);
        } else if (hint instanceof NumstrHint n) {
            numbers(path, n.number(), vs.stream().map(v -> (Object) Double.parseDouble((String) v)).toList(), out);
        } else if (hint instanceof ChoiceHint c && c.choices().size() > 1) {
            vs = vs.stream().filter(v -> isChoice(c, v)).toList();
            Set<String> got = new LinkedHashSet<>();
            vs.forEach(v -> got.add(Binder.tree(v).toString()));
            for (JsonNode choice : c.choices().size() <= 16 ? c.choices() : extremes(c)) {
                if (!got.contains(Binder.tree(JsonValues.toJava(choice)).toString())) {
                    out.add(path + "=" + choice);
                }
            }
        } else if (hint instanceof DateHint d && !d.min().equals(d.max())) {
            List<LocalDate> days = vs.stream().map(v -> parseDate(d, (String) v)).toList();
            expect(days.contains(d.min()), path + "=earliest", out);
            expect(days.contains(d.max()), path + "=latest", out);
        } else if (hint instanceof DatetimeHint d && d.min().isBefore(d.max())) {
            List<Instant> ts = vs.stream().map(v -> parseInstant(d, (String) v)).toList();
            expect(ts.stream().anyMatch(t -> Math.abs(t.getEpochSecond() - d.min().toEpochSecond()) <= 1), path + "=earliest", out);
            expect(ts.stream().anyMatch(t -> Math.abs(t.getEpochSecond() - d.max().toEpochSecond()) <= 1), path + "=latest", out);
        } else if (hint instanceof TextHint t && t.min().doubleValue() < t.max().doubleValue()) {
            // lorem prefixes end on a whole word: the longest is within one word (<= 14 chars) of max
            expect(vs.stream().anyMatch(v -> ((String) v).length() <= Math.max(1, t.min().doubleValue())), path + "=shortest", out);
            expect(vs.stream().anyMatch(v -> ((String) v).length() > t.max().doubleValue() - 15), path + "=longest", out);
        } else if (hint instanceof DurationHint d && d.min().doubleValue() < d.max().doubleValue()) {
            double unit = d.fmt().equals("ISO8601_Weeks") ? 604800 : d.fmt().equals("ISO8601_Days") ? 86400 : 1;
            List<Double> secs = vs.stream().map(v -> v instanceof String s ? SpecConformance.durationSeconds(d.fmt(), s)
                    : ((Number) v).doubleValue()).toList();
            expect(secs.stream().anyMatch(x -> Math.abs(x - d.min().doubleValue()) <= unit), path + "=shortest", out);
            expect(secs.stream().anyMatch(x -> Math.abs(x - d.max().doubleValue()) <= unit), path + "=longest", out);
        } else if (hint instanceof TemplateHint t) {
            List<Pattern> shapes = t.templates().stream().map(EdgeCoverage::regex).toList();
            if (shapes.size() > 1) {
                for (int i = 0; i < shapes.size(); i++) {
                    Pattern p = shapes.get(i);
                    expect(vs.stream().anyMatch(v -> p.matcher((String) v).matches()), path + "=format " + (i + 1), out);
                }
            }
            int shortest = t.templates().stream().mapToInt(x -> length(x, false)).min().orElse(0);
            int longest = t.templates().stream().mapToInt(x -> length(x, true)).max().orElse(0);
            if (shortest < longest) {
                expect(vs.stream().anyMatch(v -> ((String) v).length() == shortest), path + "=shortest", out);
                expect(vs.stream().anyMatch(v -> ((String) v).length() == longest), path + "=longest", out);
            }
        }
    }

    /**
     * The values a large CHOICE (more than 16) must show: most frequent, rarest (lowest positive
     * weight, the last on ties; uniform: first and last) and shortest / longest JSON text (first on ties).
     */
    private static List<JsonNode> extremes(ChoiceHint c) {
        List<JsonNode> ch = c.choices();
        List<Double> w = c.weights() != null && c.weights().size() == ch.size() ? c.weights() : null;
        List<JsonNode> out = new ArrayList<>();
        if (w == null) {
            out.add(ch.get(0));
            out.add(ch.get(ch.size() - 1));
        } else {
            double max = w.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double min = w.stream().filter(x -> x > 0).mapToDouble(Double::doubleValue).min().orElse(0);
            out.add(ch.get(w.indexOf(max)));
            out.add(ch.get(w.lastIndexOf(min)));
        }
        int shortLen = ch.stream().mapToInt(n -> n.toString().length()).min().orElse(0);
        int longLen = ch.stream().mapToInt(n -> n.toString().length()).max().orElse(0);
        out.add(ch.stream().filter(n -> n.toString().length() == shortLen).findFirst().orElseThrow());
        out.add(ch.stream().filter(n -> n.toString().length() == longLen).findFirst().orElseThrow());
        return out;
    }

    private static void numbers(String path, NumberHint n, List<Object> vs, List<String> out) {
        double lo = n.min().doubleValue();
        double hi = n.max().doubleValue();
        if (lo == hi) {
            return;
        }
        double tol = n.prec() == null ? (n.integralBounds() ? 0 : 0.5) : Math.pow(10, -n.prec());
        List<Double> xs = vs.stream().map(v -> ((Number) v).doubleValue()).toList();
        expect(xs.stream().anyMatch(x -> Math.abs(x - lo) <= tol), path + "=min", out);
        expect(xs.stream().anyMatch(x -> Math.abs(x - hi) <= tol), path + "=max", out);
        if (lo < 0 && hi > 0) {
            expect(xs.contains(0.0), path + "=0", out);
            expect(xs.stream().anyMatch(x -> x < 0), path + "=negative", out);
        }
    }

    private static void expect(boolean ok, String boundary, List<String> out) {
        if (!ok) {
            out.add(boundary);
        }
    }

    private void visit(Object v, String path) {
        Seen s = seen.computeIfAbsent(path, k -> new Seen());
        if (v == null) {
            s.nul = true;
            if (spec.hints(path).stream().noneMatch(h -> h instanceof NullHint)) {
                violations.add(path + ": null but the spec has no NULL");
            }
            return;
        }
        List<Hint> hints = spec.hints(path);
        NumberHint count = (NumberHint) hints.stream().filter(h -> h instanceof NumberHint).findFirst().orElse(null);
        if (hints.stream().anyMatch(h -> h instanceof ArrayHint)) {
            List<?> l = (List<?>) v;
            s.sizes.add(l.size());
            size(path, count, l.size(), true);
            l.forEach(e -> visit(e, FieldPath.element(path)));
        } else if (hints.stream().anyMatch(h -> h instanceof ObjectHint)) {
            Map<?, ?> m = (Map<?, ?>) v;
            s.sizes.add(m.size());
            size(path, count, m.size(), false);
            m.values().forEach(e -> visit(e, FieldPath.mapValue(path)));
            ValueHint keyHint = keyHint(hints);
            if (keyHint != null) {
                m.keySet().forEach(k -> {
                    s.keys.add(k);
                    check(path + " (keys)", keyHint, k);
                });
            }
        } else if (members.containsKey(path)) {
            Map<?, ?> m = (Map<?, ?>) v;
            for (String[] child : members.get(path)) {
                if (m.containsKey(child[0])) {
                    visit(m.get(child[0]), child[1]);
                } else {
                    seen.computeIfAbsent(child[1], k -> new Seen()).absent = true;
                    if (spec.hints(child[1]).stream().noneMatch(h -> h instanceof MissingHint)) {
                        violations.add(child[1] + ": absent but the spec has no MISSING");
                    }
                }
            }
        } else {
            s.values.add(v);
            List<ValueHint> vh = hints.stream().filter(h -> h instanceof ValueHint).map(h -> (ValueHint) h).toList();
            if (!vh.isEmpty()) {
                ValueHint first = vh.get(0);
                boolean withheld = first instanceof ChoiceHint c && c.other() != null && c.other() > 0 && vh.size() > 1;
                check(path, withheld && !isChoice((ChoiceHint) first, v) ? vh.get(1) : first, v);
            }
        }
    }

    /** Arrays keep [min, max] (or are empty); maps may have fewer keys than drawn when keys collide. */
    /** A dynamic map's string key hint (the value hint after its count), or null (none, or numeric keys). */
    private static ValueHint keyHint(List<Hint> hints) {
        if (hints.stream().noneMatch(h -> h instanceof ObjectHint)) {
            return null;
        }
        List<ValueHint> values = hints.stream().filter(h -> h instanceof ValueHint).map(h -> (ValueHint) h).toList();
        ValueHint k = values.size() > 1 ? values.get(1) : null;
        return k instanceof NumberHint || k instanceof NumstrHint ? null : k;
    }

    private void size(String path, NumberHint count, int size, boolean array) {
        if (count != null && (array && size > 0 && size < Math.rint(count.min().doubleValue())
                || size > Math.rint(count.max().doubleValue()))) {
            violations.add(path + ": size " + size + " outside [" + count.min() + ", " + count.max() + "]");
        }
    }

    /** Whether {@code v} is one of the CHOICE's stored values. */
    private boolean isChoice(ChoiceHint c, Object v) {
        return choiceTexts(c).contains(Binder.tree(v).toString());
    }

    private Set<String> choiceTexts(ChoiceHint c) {
        return choiceTexts.computeIfAbsent(c, k -> {
            Set<String> t = new java.util.HashSet<>();
            c.choices().forEach(ch -> t.add(Binder.tree(JsonValues.toJava(ch)).toString()));
            return t;
        });
    }

    private void check(String path, ValueHint hint, Object v) {
        String why = null;
        if (hint instanceof NumberHint n) {
            why = numberError(n, v);
        } else if (hint instanceof NumstrHint n) {
            why = v instanceof String s ? numberError(n.number(), Double.parseDouble(s)) : "is not a string";
        } else if (hint instanceof ChoiceHint c) {
            String json = Binder.tree(v).toString();
            why = choiceTexts(c).contains(json) ? null : "is not among the choices";
        } else if (hint instanceof ConstHint c) {
            why = Binder.tree(v).toString().equals(Binder.tree(JsonValues.toJava(c.val())).toString()) ? null : "is not the CONST";
        } else if (hint instanceof TemplateHint t) {
            why = t.templates().stream().anyMatch(x -> regex(x).matcher((String) v).matches()) ? null : "matches no template";
        } else if (hint instanceof DateHint d && d.format() != null) {
            LocalDate x = parseDate(d, (String) v);
            why = x.isBefore(d.min()) || x.isAfter(d.max()) ? "is outside the range" : null;
        } else if (hint instanceof DatetimeHint d && d.format() != null) {
            Instant x = parseInstant(d, (String) v);
            why = x.getEpochSecond() < d.min().toEpochSecond() - 1 || x.getEpochSecond() > d.max().toEpochSecond() + 1
                    ? "is outside the range" : null;
        } else {
            why = SpecConformance.formatError(hint, v);
        }
        if (why != null) {
            violations.add(path + ": " + hint.type() + " value " + v + " " + why);
        }
    }

    private static String numberError(NumberHint n, Object v) {
        if (!(v instanceof Number x)) {
            return "is not a number";
        }
        if (n.integralBounds() && n.prec() == null && !(x instanceof Long || x instanceof java.math.BigInteger)) {
            return "is not an integer";
        }
        double tol = n.prec() == null ? 0 : Math.pow(10, -n.prec()) / 2;
        return x.doubleValue() < n.min().doubleValue() - tol || x.doubleValue() > n.max().doubleValue() + tol
                ? "is outside [" + n.min() + ", " + n.max() + "]" : null;
    }

    private static LocalDate parseDate(DateHint d, String s) {
        return d.format() == null ? LocalDate.parse(s) : LocalDate.parse(s, DateTimeFormatter.ofPattern(d.format(), Locale.ROOT));
    }

    private static Instant parseInstant(DatetimeHint d, String s) {
        if (d.format() == null) {
            return OffsetDateTime.parse(s).toInstant();
        }
        if (DatetimeFormats.EPOCH_SECONDS.equals(d.format())) {
            return Instant.ofEpochSecond(Long.parseLong(s));
        }
        if (DatetimeFormats.EPOCH_MILLIS.equals(d.format())) {
            return Instant.ofEpochMilli(Long.parseLong(s));
        }
        TemporalAccessor t = DateTimeFormatter.ofPattern(d.format(), Locale.ROOT).parse(s);
        return t.isSupported(ChronoField.OFFSET_SECONDS) ? OffsetDateTime.from(t).toInstant()
                : LocalDateTime.from(t).atOffset(d.min().getOffset()).toInstant();
    }

    /** A template as a regular expression, from its parts. */
    static Pattern regex(List<TemplatePart> parts) {
        StringBuilder b = new StringBuilder();
        for (TemplatePart p : parts) {
            if (p instanceof TemplatePart.Literal l) {
                b.append(Pattern.quote(l.text()));
            } else if (p instanceof TemplatePart.Choice c) {
                b.append("(?:").append(String.join("|", c.values().stream().map(Pattern::quote).toList())).append(')');
            } else if (p instanceof TemplatePart.Chars c) {
                String cls = CharRanges.regexClass(c.chars());
                if (c.first() != null && c.max() > 0) {
                    b.append(c.min() == 0 ? "(?:" : "").append(CharRanges.regexClass(c.first()))
                            .append(cls).append('{').append(Math.max(0, c.min() - 1)).append(',').append(c.max() - 1).append('}')
                            .append(c.min() == 0 ? ")?" : "");
                } else {
                    b.append(cls).append('{').append(c.min()).append(',').append(c.max()).append('}');
                }
            } else if (p instanceof TemplatePart.IntRange r) {
                b.append("-?[0-9]+");
            }
        }
        return Pattern.compile(b.toString());
    }

    /** The shortest or longest length a template renders to. */
    static int length(List<TemplatePart> parts, boolean longest) {
        int n = 0;
        for (TemplatePart p : parts) {
            if (p instanceof TemplatePart.Literal l) {
                n += l.text().length();
            } else if (p instanceof TemplatePart.Choice c) {
                n += longest ? c.values().stream().mapToInt(String::length).max().orElse(0)
                        : c.values().stream().mapToInt(String::length).min().orElse(0);
            } else if (p instanceof TemplatePart.Chars c) {
                n += longest ? c.max() : c.min();
            } else if (p instanceof TemplatePart.IntRange r) {
                n += Math.max(r.width(), Long.toString(longest ? r.hi() : r.lo()).length());
            }
        }
        return n;
    }
}
