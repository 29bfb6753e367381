package io.factoreally.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads, validates and writes TEMPLATE and UUID parameters; also gives the regex a template generates. */
public final class TemplateCodec {
    static final int MAX_LENGTH = 10_000;

    private TemplateCodec() {
    }

    static TemplateHint readTemplate(HintParams p) {
        JsonNode ts = p.requiredNode("templates");
        if (!ts.isArray() || ts.isEmpty()) {
            throw p.error("templates", "must be a non-empty array of templates (arrays of parts), got "
                    + HintParams.describe(ts));
        }
        List<List<TemplatePart>> templates = new ArrayList<>();
        for (int t = 0; t < ts.size(); t++) {
            JsonNode parts = ts.get(t);
            String where = "templates[" + t + "]";
            if (!parts.isArray() || parts.isEmpty()) {
                throw p.error(where, "must be a non-empty array of parts, got " + HintParams.describe(parts));
            }
            List<TemplatePart> list = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                list.add(readPart(p, where + "[" + i + "]", parts.get(i)));
            }
            templates.add(list);
        }
        List<Double> weights = p.doubles("weights", -1);
        if (weights != null) {
            checkWeights(p, "weights", weights, templates.size());
        }
        return new TemplateHint(templates, weights);
    }

    private static TemplatePart readPart(HintParams p, String where, JsonNode n) {
        if (!n.isObject()) {
            throw p.error(where, "must be an object with one of lit, choice, chars, int; got " + HintParams.describe(n));
        }
        if (n.has("lit")) {
            only(p, where, n, Set.of("lit"));
            if (!n.get("lit").isTextual()) {
                throw p.error(where + ".lit", "must be a string");
            }
            return new TemplatePart.Literal(n.get("lit").textValue());
        }
        if (n.has("choice")) {
            only(p, where, n, Set.of("choice", "weights"));
            JsonNode c = n.get("choice");
            if (!c.isArray() || c.isEmpty()) {
                throw p.error(where + ".choice", "must be a non-empty array of strings");
            }
            List<String> values = new ArrayList<>();
            c.forEach(v -> {
                if (!v.isTextual()) {
                    throw p.error(where + ".choice", "must contain only strings, got " + HintParams.describe(v));
                }
                values.add(v.textValue());
            });
            List<Double> weights = null;
            if (n.hasNonNull("weights")) {
                weights = new ArrayList<>();
                for (JsonNode w : n.get("weights")) {
                    if (!w.isNumber()) {
                        throw p.error(where + ".weights", "must contain only numbers");
                    }
                    weights.add(w.doubleValue());
                }
                checkWeights(p, where + ".weights", weights, values.size());
            }
            return new TemplatePart.Choice(values, weights);
        }
        if (n.has("chars")) {
            only(p, where, n, Set.of("chars", "min", "max", "first"));
            String chars = text(p, where + ".chars", n.get("chars"));
            int min = length(p, where + ".min", n.get("min"));
            int max = length(p, where + ".max", n.get("max"));
            if (min > max) {
                throw p.error(where + ".min", "(" + min + ") must not be greater than max (" + max + ")");
            }
            String first = n.hasNonNull("first") ? text(p, where + ".first", n.get("first")) : null;
            return new TemplatePart.Chars(chars, min, max, first);
        }
        if (n.has("int")) {
            only(p, where, n, Set.of("int", "width"));
            JsonNode r = n.get("int");
            if (!r.isArray() || r.size() != 2 || !r.get(0).canConvertToLong() || !r.get(1).canConvertToLong()
                    || !r.get(0).isIntegralNumber() || !r.get(1).isIntegralNumber()) {
                throw p.error(where + ".int", "must be [lo, hi], two whole numbers");
            }
            long lo = r.get(0).longValue();
            long hi = r.get(1).longValue();
            if (lo < 0 || lo > hi) {
                throw p.error(where + ".int", "must satisfy 0 <= lo <= hi, got [" + lo + ", " + hi + "]");
            }
            int width = n.hasNonNull("width") ? length(p, where + ".width", n.get("width")) : 0;
            if (width > 19) {
                throw p.error(where + ".width", "must be at most 19, got " + width);
            }
            return new TemplatePart.IntRange(lo, hi, width);
        }
        throw p.error(where, "must have one of the keys lit, choice, chars, int; got " + HintParams.describe(n));
    }

    private static void only(HintParams p, String where, JsonNode n, Set<String> allowed) {
        n.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw p.error(where, "unknown key \"" + f + "\" (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        });
    }

    private static String text(HintParams p, String where, JsonNode n) {
        if (n == null || !n.isTextual()) {
            throw p.error(where, "must be a character set such as \"a-z0-9\"");
        }
        try {
            CharRanges.check(n.textValue());
        } catch (IllegalArgumentException e) {
            throw p.error(where, "\"" + n.textValue() + "\" " + e.getMessage());
        }
        return n.textValue();
    }

    private static int length(HintParams p, String where, JsonNode n) {
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0 || n.intValue() > MAX_LENGTH) {
            throw p.error(where, "must be a whole number in [0, " + MAX_LENGTH + "]");
        }
        return n.intValue();
    }

    private static void checkWeights(HintParams p, String where, List<Double> weights, int size) {
        if (weights.size() != size) {
            throw p.error(where, "has " + weights.size() + " entries but there are " + size + " alternatives");
        }
        double total = 0;
        for (double w : weights) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw p.error(where, "must be finite and not negative, got " + w);
            }
            total += w;
        }
        if (total <= 0) {
            throw p.error(where, "must not all be zero");
        }
    }

    static void writeTemplate(TemplateHint h, ObjectNode o) {
        ArrayNode ts = o.putArray("templates");
        for (List<TemplatePart> parts : h.templates()) {
            ArrayNode a = ts.addArray();
            for (TemplatePart part : parts) {
                ObjectNode n = a.addObject();
                if (part instanceof TemplatePart.Literal l) {
                    n.put("lit", l.text());
                } else if (part instanceof TemplatePart.Choice c) {
                    c.values().forEach(n.putArray("choice")::add);
                    if (c.weights() != null) {
                        c.weights().forEach(n.putArray("weights")::add);
                    }
                } else if (part instanceof TemplatePart.Chars c) {
                    n.put("chars", c.chars());
                    n.put("min", c.min());
                    n.put("max", c.max());
                    if (c.first() != null) {
                        n.put("first", c.first());
                    }
                } else if (part instanceof TemplatePart.IntRange r) {
                    ArrayNode range = n.putArray("int");
                    range.add(r.lo());
                    range.add(r.hi());
                    if (r.width() > 0) {
                        n.put("width", r.width());
                    }
                }
            }
        }
        if (h.weights() != null) {
            h.weights().forEach(o.putArray("weights")::add);
        }
    }

    static UuidHint readUuid(HintParams p) {
        Integer version = p.integer("version", 1, 8);
        if (version == null) {
            throw p.error("version", "is required");
        }
        if (version != 1 && version != 4 && version != 7) {
            throw p.error("version", "must be 1, 4 or 7, got " + version);
        }
        JsonNode upper = p.node("upper");
        if (upper != null && !upper.isBoolean()) {
            throw p.error("upper", "must be true or false, got " + HintParams.describe(upper));
        }
        return new UuidHint(version, upper != null && upper.booleanValue());
    }

    static void writeUuid(UuidHint h, ObjectNode o) {
        o.put("version", h.version());
        if (h.upper()) {
            o.put("upper", true);
        }
    }

    /** A regular expression that every value the template generates matches (and little else). */
    public static Pattern regex(TemplateHint h) {
        StringBuilder b = new StringBuilder();
        for (List<TemplatePart> parts : h.templates()) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append("(?:");
            for (TemplatePart part : parts) {
                b.append(regex(part));
            }
            b.append(')');
        }
        return Pattern.compile(b.toString());
    }

    private static String regex(TemplatePart part) {
        if (part instanceof TemplatePart.Literal l) {
            return Pattern.quote(l.text());
        } else if (part instanceof TemplatePart.Choice c) {
            return "(?:" + String.join("|", c.values().stream().map(Pattern::quote).toList()) + ")";
        } else if (part instanceof TemplatePart.Chars c) {
            String cls = CharRanges.regexClass(c.chars());
            if (c.first() == null || c.max() == 0) {
                return cls + "{" + c.min() + "," + c.max() + "}";
            }
            String first = CharRanges.regexClass(c.first());
            return c.min() == 0 ? "(?:" + first + cls + "{0," + (c.max() - 1) + "})?"
                    : first + cls + "{" + (c.min() - 1) + "," + (c.max() - 1) + "}";
        } else if (part instanceof TemplatePart.IntRange r) {
            int lo = Math.max(r.width(), Long.toString(r.lo()).length());
            int hi = Math.max(r.width(), Long.toString(r.hi()).length());
            return "\\d{" + lo + "," + hi + "}";
        }
        throw new IllegalArgumentException(String.valueOf(part));
    }
}
