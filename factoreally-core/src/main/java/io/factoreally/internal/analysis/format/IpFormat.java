package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.TemplateHint;
import io.factoreally.internal.spec.TemplatePart;
import io.factoreally.internal.spec.ValueHint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ours: IPv4 and IPv6 addresses, as a TEMPLATE that only writes valid addresses: IPv4 as four
 * numbers 0-255 (the first one in the observed range when at least k distinct first octets were
 * seen, or a frequent constant); IPv6 as eight groups of 1-4 hex digits in the case seen (written
 * in full, without {@code ::}). Dotted quads whose parts are all below 100 are left to VERSION
 * (the original's reading of {@code 1.2.3.4}).
 */
public final class IpFormat implements StringFormat {
    private static final Pattern V4 = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    @Override
    public String name() {
        return "ip";
    }

    @Override
    public boolean matches(String value) {
        return value.length() >= 7 && value.length() <= 39 && (V4.matcher(value).matches() || isV6(value));
    }

    static boolean isV6(String v) {
        if (v.indexOf(':') < 0) {
            return false;
        }
        int dbl = v.indexOf("::");
        if (dbl >= 0 && v.indexOf("::", dbl + 1) >= 0) {
            return false;
        }
        String[] halves = dbl >= 0 ? new String[]{v.substring(0, dbl), v.substring(dbl + 2)} : new String[]{v};
        int groups = 0;
        for (String h : halves) {
            if (h.isEmpty()) {
                continue;
            }
            for (String g : h.split(":", -1)) {
                if (!HEX_GROUP.matcher(g).matches()) {
                    return false;
                }
                groups++;
            }
        }
        return dbl >= 0 ? groups <= 7 : groups == 8;
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        if (FormatRules.prefersChoice(sample) || sample.counts().isEmpty()) {
            return Optional.empty();
        }
        int k = sample.minOccurrences();
        Map<String, Long> firstV4 = new LinkedHashMap<>();
        Map<String, Long> firstV6 = new LinkedHashMap<>();
        long v4 = 0;
        long v6 = 0;
        boolean big = false;
        boolean upper = false;
        for (var e : sample.counts().entrySet()) {
            String v = e.getKey();
            if (V4.matcher(v).matches()) {
                v4 += e.getValue();
                String[] parts = v.split("\\.");
                firstV4.merge(parts[0], e.getValue(), Long::sum);
                for (String p : parts) {
                    big |= Integer.parseInt(p) >= 100;
                }
            } else {
                v6 += e.getValue();
                upper |= !v.equals(v.toLowerCase(java.util.Locale.ROOT));
                firstV6.merge(v.startsWith(":") ? "0" : v.substring(0, v.indexOf(':')), e.getValue(), Long::sum);
            }
        }
        if (v6 == 0 && !big) {
            return Optional.empty();
        }
        List<List<TemplatePart>> templates = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        if (v4 > 0) {
            List<TemplatePart> t = new ArrayList<>();
            t.add(firstOctet(firstV4, k));
            for (int i = 0; i < 3; i++) {
                t.add(new TemplatePart.Literal("."));
                t.add(new TemplatePart.IntRange(0, 255, 0));
            }
            templates.add(t);
            weights.add(TemplateLearner.sig(v4 / (double) (v4 + v6)));
        }
        if (v6 > 0) {
            String hex = upper ? "0-9A-F" : "0-9a-f";
            List<TemplatePart> t = new ArrayList<>();
            if (firstV6.size() == 1 && firstV6.values().iterator().next() >= k) {
                t.add(new TemplatePart.Literal(firstV6.keySet().iterator().next()));
            } else {
                t.add(new TemplatePart.Chars(hex, 1, 4, null));
            }
            for (int i = 0; i < 7; i++) {
                t.add(new TemplatePart.Literal(":"));
                t.add(new TemplatePart.Chars(hex, 1, 4, null));
            }
            templates.add(t);
            weights.add(TemplateLearner.sig(v6 / (double) (v4 + v6)));
        }
        return Optional.of(new TemplateHint(templates, templates.size() == 1 ? null : weights));
    }

    private static TemplatePart firstOctet(Map<String, Long> first, int k) {
        if (first.size() == 1 && first.values().iterator().next() >= k) {
            return new TemplatePart.Literal(first.keySet().iterator().next());
        }
        if (first.size() >= k) {
            int lo = first.keySet().stream().mapToInt(Integer::parseInt).min().orElse(1);
            int hi = first.keySet().stream().mapToInt(Integer::parseInt).max().orElse(223);
            return new TemplatePart.IntRange(lo, hi, 0);
        }
        return new TemplatePart.IntRange(1, 223, 0);
    }
}
