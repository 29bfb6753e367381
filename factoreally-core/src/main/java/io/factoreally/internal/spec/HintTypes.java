package io.factoreally.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registry of hint types: one line per type. */
public final class HintTypes {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, HintType<?>> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, HintType<?>> BY_CLASS = new LinkedHashMap<>();

    static {
        register(HintType.of(AlphaHint.TYPE, AlphaHint.class, HintTypes::readAlpha, HintTypes::writeAlpha));
        register(HintType.marker(ArrayHint.TYPE, ArrayHint.class, ArrayHint::new));
        register(HintType.marker(Auth0IdHint.TYPE, Auth0IdHint.class, Auth0IdHint::new));
        register(new HintType<>(ChoiceHint.TYPE, ChoiceHint.class, HintTypes::readChoice, HintTypes::writeChoice));
        register(HintType.of(ConstHint.TYPE, ConstHint.class, p -> new ConstHint(constValue(p)),
                (h, o) -> o.set("val", h.val())));
        register(new HintType<>(DateHint.TYPE, DateHint.class, HintTypes::readDate, HintTypes::writeDate));
        register(new HintType<>(DatetimeHint.TYPE, DatetimeHint.class, HintTypes::readDatetime,
                HintTypes::writeDatetime));
        register(HintType.of(DurationHint.TYPE, DurationHint.class, HintTypes::readDuration,
                HintTypes::writeDuration));
        register(HintType.marker(MacHint.TYPE, MacHint.class, MacHint::new));
        register(HintType.of(MissingHint.TYPE, MissingHint.class, p -> new MissingHint(p.percentage("pct")),
                (h, o) -> o.put("pct", h.pct())));
        register(HintType.of(NullHint.TYPE, NullHint.class, p -> new NullHint(p.percentage("pct")),
                (h, o) -> o.put("pct", h.pct())));
        register(new HintType<>(NumberHint.TYPE, NumberHint.class, HintTypes::readNumber, HintTypes::writeNumber));
        register(new HintType<>(NumstrHint.TYPE, NumstrHint.class, p -> new NumstrHint(readNumber(p)),
                (h, o, py) -> writeNumber(h.number(), o, py)));
        register(HintType.marker(ObjectHint.TYPE, ObjectHint.class, ObjectHint::new));
        register(HintType.of(TextHint.TYPE, TextHint.class, HintTypes::readText, HintTypes::writeText));
        register(HintType.marker(Uuid4Hint.TYPE, Uuid4Hint.class, Uuid4Hint::new));
        register(HintType.of(VersionHint.TYPE, VersionHint.class, HintTypes::readVersion, HintTypes::writeVersion));
        register(HintType.of(TemplateHint.TYPE, TemplateHint.class, TemplateCodec::readTemplate, TemplateCodec::writeTemplate));
        register(HintType.of(UuidHint.TYPE, UuidHint.class, TemplateCodec::readUuid, TemplateCodec::writeUuid));
    }

    private HintTypes() {
    }

    private static void register(HintType<?> type) {
        BY_NAME.put(type.name(), type);
        BY_CLASS.put(type.type(), type);
    }

    /** The type registered under {@code name}, or null. */
    public static HintType<?> byName(String name) {
        return BY_NAME.get(name);
    }

    /** Every registered name, in registration order (for error messages). */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** The type of a hint instance. */
    @SuppressWarnings("unchecked")
    public static <H extends Hint> HintType<H> of(H hint) {
        HintType<?> t = BY_CLASS.get(hint.getClass());
        if (t == null) {
            throw new IllegalStateException("hint class not registered: " + hint.getClass().getName());
        }
        return (HintType<H>) t;
    }

    // ---- NUMBER ---------------------------------------------------------------------------

    static NumberHint readNumber(HintParams p) {
        Number min = p.requiredNumber("min");
        Number max = p.requiredNumber("max");
        if (SpecNumbers.compare(min, max) > 0) {
            throw p.error("min", "(" + min + ") must not be greater than max (" + max + ")");
        }
        Integer prec = p.integer("prec", 0, 17);
        Distribution dist = null;
        for (String key : Distribution.KEYS) {
            if (!p.has(key)) {
                continue;
            }
            Distribution d = readDistribution(p, key);
            if (dist == null) {
                dist = d; // the original's generator uses the first in KEYS order
            }
        }
        return new NumberHint(min, max, prec, dist);
    }

    private static Distribution readDistribution(HintParams p, String key) {
        List<Double> v;
        switch (key) {
            case "norm":
                v = p.doubles(key, 2);
                positive(p, key, "std", v.get(1), true);
                return new Distribution.Normal(v.get(0), v.get(1));
            case "gamma":
                v = p.doubles(key, 3);
                positive(p, key, "alpha", v.get(0), false);
                positive(p, key, "beta (rate)", v.get(1), false);
                return new Distribution.Gamma(v.get(0), v.get(1), v.get(2));
            case "beta":
                v = p.doubles(key, 4);
                positive(p, key, "a", v.get(0), false);
                positive(p, key, "b", v.get(1), false);
                positive(p, key, "scale", v.get(3), false);
                return new Distribution.Beta(v.get(0), v.get(1), v.get(2), v.get(3));
            case "lognorm":
                v = p.doubles(key, 3);
                positive(p, key, "s", v.get(0), true);
                return new Distribution.LogNormal(v.get(0), v.get(1), v.get(2));
            case "expon":
                v = p.doubles(key, 2);
                return new Distribution.Exponential(v.get(0), v.get(1));
            case Distribution.Empirical.KEY:
                v = p.doubles(key, -1);
                if (v.size() < 2 || v.size() > 1001) {
                    throw p.error(key, "must have 2 to 1001 numbers, got " + v.size());
                }
                for (int i = 1; i < v.size(); i++) {
                    if (v.get(i) < v.get(i - 1)) {
                        throw p.error(key, "must not decrease, but [" + (i - 1) + "] " + v.get(i - 1) + " > [" + i + "] " + v.get(i));
                    }
                }
                return new Distribution.Empirical(v);
            case "weibull":
                v = p.doubles(key, 3);
                positive(p, key, "c", v.get(0), false);
                positive(p, key, "scale", v.get(2), false);
                return new Distribution.Weibull(v.get(0), v.get(1), v.get(2));
            default:
                throw new IllegalArgumentException(key);
        }
    }

    private static void positive(HintParams p, String key, String what, double value, boolean zeroOk) {
        if (value < 0 || (!zeroOk && value == 0)) {
            throw p.error(key, what + " must be " + (zeroOk ? "non-negative" : "positive") + ", got " + value);
        }
    }

    static void writeNumber(NumberHint h, ObjectNode o, boolean pythonCompatible) {
        putNumber(o, "min", h.min());
        putNumber(o, "max", h.max());
        if (h.prec() != null) {
            o.put("prec", h.prec());
        }
        if (h.distribution() != null && (!pythonCompatible || h.distribution().original())) {
            ArrayNode a = o.putArray(h.distribution().key());
            h.distribution().params().forEach(a::add);
        }
    }

    /** Writes a spec number keeping JSON int vs float. */
    public static void putNumber(ObjectNode o, String name, Number n) {
        if (n instanceof BigInteger b) {
            o.put(name, b);
        } else if (SpecNumbers.isIntegral(n)) {
            o.put(name, n.longValue());
        } else if (n instanceof java.math.BigDecimal d) {
            o.put(name, d);
        } else {
            o.put(name, n.doubleValue());
        }
    }

    // ---- others --------------------------------------------------------------------------------

    private static AlphaHint readAlpha(HintParams p) {
        JsonNode chrs = p.requiredNode("chrs");
        if (!chrs.isObject()) {
            throw p.error("chrs", "must be an object of charset -> positions, got " + HintParams.describe(chrs));
        }
        Map<String, List<Integer>> map = new LinkedHashMap<>();
        var it = chrs.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getKey().isEmpty()) {
                throw p.error("chrs", "has an empty charset");
            }
            if (!e.getValue().isArray()) {
                throw p.error("chrs", "\"" + e.getKey() + "\" must map to an array of positions");
            }
            List<Integer> positions = new ArrayList<>();
            for (JsonNode pos : e.getValue()) {
                if (!pos.canConvertToInt() || !pos.isIntegralNumber() || pos.intValue() < 0 || pos.intValue() > 100_000) {
                    throw p.error("chrs", "\"" + e.getKey() + "\" has an invalid position " + pos
                            + " (whole numbers from 0 to 100000)");
                }
                positions.add(pos.intValue());
            }
            map.put(e.getKey(), positions);
        }
        return new AlphaHint(map);
    }

    private static void writeAlpha(AlphaHint h, ObjectNode o) {
        ObjectNode chrs = o.putObject("chrs");
        h.chrs().forEach((k, v) -> {
            ArrayNode a = chrs.putArray(k);
            v.forEach(a::add);
        });
    }

    private static ChoiceHint readChoice(HintParams p) {
        JsonNode choices = p.requiredNode("choices");
        if (!choices.isArray()) {
            throw p.error("choices", "must be an array, got " + HintParams.describe(choices));
        }
        List<JsonNode> values = new ArrayList<>();
        choices.forEach(values::add);
        List<Double> weights = p.doubles("weights", -1);
        if (weights != null) {
            if (weights.size() != values.size()) {
                throw p.error("weights", "has " + weights.size() + " entries but choices has " + values.size());
            }
            double total = 0;
            for (int i = 0; i < weights.size(); i++) {
                if (weights.get(i) < 0) {
                    throw p.error("weights[" + i + "]", "must not be negative, got " + weights.get(i));
                }
                total += weights.get(i);
            }
            if (!values.isEmpty() && total <= 0) {
                throw p.error("weights", "must not all be zero");
            }
        }
        Number other = p.number("other");
        if (other != null && (other.doubleValue() < 0 || !Double.isFinite(other.doubleValue()))) {
            throw p.error("other", "must be a non-negative weight, got " + other);
        }
        if (other != null && weights == null) {
            throw p.error("other", "needs \"weights\" (the share of the stored choices)");
        }
        return new ChoiceHint(values, weights, other == null ? null : other.doubleValue());
    }

    private static void writeChoice(ChoiceHint h, ObjectNode o, boolean py) {
        ArrayNode c = o.putArray("choices");
        h.choices().forEach(c::add);
        if (h.weights() != null) {
            ArrayNode w = o.putArray("weights");
            h.weights().forEach(w::add);
        }
        if (h.other() != null && !py) {
            o.put("other", h.other());
        }
    }

    private static JsonNode constValue(HintParams p) {
        JsonNode v = p.node("val");
        if (v == null) {
            p.has("val");
            return JSON.nullNode(); // CONST null is legal (the original writes no key for None)
        }
        return v;
    }

    private static DateHint readDate(HintParams p) {
        var min = p.date("min");
        var max = p.date("max");
        if (min.isAfter(max)) {
            throw p.error("min", "(" + min + ") must not be after max (" + max + ")");
        }
        String format = p.string("format");
        if (format != null) {
            DatetimeFormats.validateDatePattern(p, format, min);
        }
        return new DateHint(min, max, format);
    }

    private static void writeDate(DateHint h, ObjectNode o, boolean py) {
        o.put("min", h.min().toString());
        o.put("max", h.max().toString());
        if (h.format() != null && !py) {
            o.put("format", h.format());
        }
    }

    private static DatetimeHint readDatetime(HintParams p) {
        var min = p.datetime("min");
        var max = p.datetime("max");
        if (min.toInstant().isAfter(max.toInstant())) {
            throw p.error("min", "(" + min + ") must not be after max (" + max + ")");
        }
        String format = p.string("format");
        if (format != null) {
            DatetimeFormats.validateDatetimePattern(p, format, min);
        }
        return new DatetimeHint(min, max, format);
    }

    private static void writeDatetime(DatetimeHint h, ObjectNode o, boolean py) {
        o.put("min", DatetimeFormats.pythonIsoformat(h.min()));
        o.put("max", DatetimeFormats.pythonIsoformat(h.max()));
        if (h.format() != null && !py) {
            o.put("format", h.format());
        }
    }

    private static DurationHint readDuration(HintParams p) {
        String fmt = p.requiredString("fmt");
        Number min = p.requiredNumber("min");
        Number max = p.requiredNumber("max");
        if (SpecNumbers.compare(min, max) > 0) {
            throw p.error("min", "(" + min + ") must not be greater than max (" + max + ")");
        }
        Number avg = p.number("avg");
        return new DurationHint(fmt, min, max, avg == null ? null : avg.doubleValue());
    }

    private static void writeDuration(DurationHint h, ObjectNode o) {
        o.put("fmt", h.fmt());
        putNumber(o, "min", h.min());
        putNumber(o, "max", h.max());
        if (h.avg() != null) {
            o.put("avg", h.avg());
        }
    }

    private static TextHint readText(HintParams p) {
        Number min = p.requiredNumber("min");
        Number max = p.requiredNumber("max");
        if (min.doubleValue() < 0) {
            throw p.error("min", "must not be negative, got " + min);
        }
        if (max.doubleValue() > 10_000_000) {
            throw p.error("max", "must be at most 10000000, got " + max);
        }
        if (SpecNumbers.compare(min, max) > 0) {
            throw p.error("min", "(" + min + ") must not be greater than max (" + max + ")");
        }
        List<String> words = p.strings("words");
        if (words == null) {
            for (String needsWords : List.of("weights", "first", "next")) {
                if (p.has(needsWords)) {
                    throw p.error(needsWords, "needs words");
                }
            }
            return new TextHint(min, max);
        }
        if (words.isEmpty()) {
            throw p.error("words", "must not be empty");
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.isEmpty() || w.indexOf(' ') >= 0) {
                throw p.error("words[" + i + "]", "must be a word without spaces, got \"" + w + "\"");
            }
        }
        if (!p.has("weights")) {
            throw p.error("weights", "is required with words");
        }
        List<Double> weights = p.doubles("weights", words.size());
        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i) < 0) {
                throw p.error("weights[" + i + "]", "must not be negative, got " + weights.get(i));
            }
        }
        List<Integer> first = positions(p, "first", p.node("first"), words.size());
        JsonNode next = p.node("next");
        List<List<Integer>> followers = null;
        if (next != null) {
            if (!next.isArray() || next.size() != words.size()) {
                throw p.error("next", "must be an array of " + words.size() + " arrays (one per word), got "
                        + HintParams.describe(next));
            }
            followers = new ArrayList<>();
            for (int i = 0; i < next.size(); i++) {
                followers.add(positions(p, "next[" + i + "]", next.get(i), words.size()));
            }
        }
        return new TextHint(min, max, words, weights, first, followers);
    }

    /** An array of positions in a list of {@code size} words, or null when absent. */
    private static List<Integer> positions(HintParams p, String name, JsonNode n, int size) {
        if (n == null) {
            return null;
        }
        if (!n.isArray()) {
            throw p.error(name, "must be an array of word positions, got " + HintParams.describe(n));
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.canConvertToExactIntegral() || e.asLong() < 0 || e.asLong() >= size) {
                throw p.error(name + "[" + i + "]", "must be a position in words (0 to " + (size - 1) + "), got "
                        + HintParams.describe(e));
            }
            out.add(e.asInt());
        }
        return out;
    }

    private static void writeText(TextHint h, ObjectNode o) {
        putNumber(o, "min", h.min());
        putNumber(o, "max", h.max());
        if (h.words() != null) {
            ArrayNode w = o.putArray("words");
            h.words().forEach(w::add);
            ArrayNode x = o.putArray("weights");
            h.weights().forEach(x::add);
        }
        if (h.first() != null) {
            ArrayNode f = o.putArray("first");
            h.first().forEach(f::add);
        }
        if (h.next() != null) {
            ArrayNode n = o.putArray("next");
            h.next().forEach(followers -> {
                ArrayNode a = n.addArray();
                followers.forEach(a::add);
            });
        }
    }

    private static VersionHint readVersion(HintParams p) {
        String type = p.requiredString("pattern_type");
        if (!VersionHint.FULL.equals(type) && !VersionHint.SHORT.equals(type)) {
            throw p.error("pattern_type", "must be \"Version\" or \"Version_Short\", got \"" + type + "\"");
        }
        return new VersionHint(type, p.strings("examples"), versionParts(p, VersionHint.SHORT.equals(type) ? 2 : 3));
    }

    /** Ours: {@code "parts": [[min, max], ...]}, one pair of non-negative integers per part, or null. */
    private static List<VersionHint.Part> versionParts(HintParams p, int expected) {
        JsonNode n = p.node("parts");
        if (n == null) {
            return null;
        }
        if (!n.isArray() || n.size() != expected) {
            throw p.error("parts", "must be an array of " + expected + " [min, max] pairs, got " + HintParams.describe(n));
        }
        List<VersionHint.Part> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isArray() || e.size() != 2 || !e.get(0).canConvertToExactIntegral() || !e.get(1).canConvertToExactIntegral()
                    || !e.get(0).canConvertToLong() || !e.get(1).canConvertToLong()
                    || e.get(0).longValue() < 0 || e.get(1).longValue() < e.get(0).longValue()) {
                throw p.error("parts[" + i + "]", "must be [min, max] with integers 0 <= min <= max, got " + HintParams.describe(e));
            }
            out.add(new VersionHint.Part(e.get(0).longValue(), e.get(1).longValue()));
        }
        return out;
    }

    private static void writeVersion(VersionHint h, ObjectNode o) {
        o.put("pattern_type", h.patternType());
        if (h.examples() != null) {
            ArrayNode a = o.putArray("examples");
            h.examples().forEach(a::add);
        }
        if (h.parts() != null) {
            ArrayNode a = o.putArray("parts");
            h.parts().forEach(r -> a.addArray().add(r.min()).add(r.max()));
        }
    }
}
