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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ours: URLs ({@code scheme://host[:port][/path][?query][#fragment]}), as a TEMPLATE. Up to 12 shapes
 * (path depths, query forms) are learned like any template, so frequent hosts and path words stay
 * and ids in paths become number ranges or character classes. When the URLs are too varied for
 * that, the template is: a frequent scheme, a frequent host (or a random one under {@code .com}),
 * and one random path segment.
 */
public final class UrlFormat implements StringFormat {
    private static final Pattern URL = Pattern.compile(
            "([A-Za-z][A-Za-z0-9+.-]{0,15})://([A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}[A-Za-z0-9])?)(:\\d{1,5})?([/?#][!-~]*)?");
    static final int MAX_SHAPES = 12;
    static final double MIN_COVERAGE = 0.8;

    @Override
    public String name() {
        return "url";
    }

    /**
     * A learned template with its scheme replaced by the frequent schemes: in shapes seen rarely the
     * scheme would otherwise be random letters.
     */
    private static List<TemplatePart> withScheme(List<TemplatePart> t, TemplatePart scheme) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i) instanceof TemplatePart.Literal l && l.text().startsWith("://")) {
                List<TemplatePart> out = new ArrayList<>();
                out.add(scheme);
                out.addAll(t.subList(i, t.size()));
                return TemplateLearner.mergeLiterals(out);
            }
        }
        return t;
    }

    @Override
    public boolean matches(String value) {
        return value.length() <= 2048 && value.indexOf("://") > 0 && URL.matcher(value).matches();
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        if (FormatRules.prefersChoice(sample) || sample.counts().isEmpty()) {
            return Optional.empty();
        }
        int k = sample.minOccurrences();
        Map<String, Long> schemes = new LinkedHashMap<>();
        Map<String, Long> hosts = new LinkedHashMap<>();
        for (var e : sample.counts().entrySet()) {
            Matcher m = URL.matcher(e.getKey());
            if (m.matches()) {
                schemes.merge(m.group(1), e.getValue(), Long::sum);
                hosts.merge(m.group(2), e.getValue(), Long::sum);
            }
        }
        TemplatePart scheme = schemes.values().stream().anyMatch(c -> c >= k) ? EmailFormat.frequentChoice(schemes, k)
                : new TemplatePart.Literal("https");
        Optional<TemplateHint> learned = TemplateLearner.learn(sample.counts(), k, MAX_SHAPES, MIN_COVERAGE);
        if (learned.isPresent()) {
            List<List<TemplatePart>> templates = new ArrayList<>();
            for (List<TemplatePart> t : learned.get().templates()) {
                templates.add(withScheme(t, scheme));
            }
            return Optional.of(new TemplateHint(templates, learned.get().weights()));
        }
        List<TemplatePart> parts = new ArrayList<>();
        parts.add(scheme);
        parts.add(new TemplatePart.Literal("://"));
        List<TemplatePart> tail = List.of(new TemplatePart.Literal("/"), new TemplatePart.Chars("a-z0-9", 3, 12, null));
        long total = hosts.values().stream().mapToLong(Long::longValue).sum();
        long frequent = hosts.values().stream().filter(c -> c >= k).mapToLong(Long::longValue).sum();
        List<List<TemplatePart>> templates = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        if (frequent > 0) {
            List<TemplatePart> t = new ArrayList<>(parts);
            t.add(EmailFormat.frequentChoice(hosts, k));
            t.addAll(tail);
            templates.add(TemplateLearner.mergeLiterals(t));
            weights.add(TemplateLearner.sig(frequent / (double) total));
        }
        if (frequent < total) {
            List<TemplatePart> t = new ArrayList<>(parts);
            t.add(new TemplatePart.Chars("a-z", 4, 10, null));
            t.add(new TemplatePart.Literal(".com"));
            t.addAll(tail);
            templates.add(TemplateLearner.mergeLiterals(t));
            weights.add(TemplateLearner.sig((total - frequent) / (double) total));
        }
        return Optional.of(new TemplateHint(templates, templates.size() == 1 ? null : weights));
    }
}
