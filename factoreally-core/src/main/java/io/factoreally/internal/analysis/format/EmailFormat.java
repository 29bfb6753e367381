package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.TemplateHint;
import io.factoreally.internal.spec.TemplatePart;
import io.factoreally.internal.spec.ValueHint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ours: email addresses, as a TEMPLATE: the local part's shape (learned like any template, so never a
 * raw local part: only pieces that occurred at least k times, such as frequent first names, are
 * kept) and the domain mix (domains seen at least k times with their shares; the share of rarer
 * domains is generated as a random name under a frequent top-level domain, or {@code com}).
 */
public final class EmailFormat implements StringFormat {
    @Override
    public String name() {
        return "email";
    }

    @Override
    public boolean matches(String value) {
        int n = value.length();
        int at = value.indexOf('@');
        if (n > 254 || at <= 0 || at == n - 1 || value.indexOf('.', at) < 0 || !Chars.alnum(value.charAt(0))) {
            return false;
        }
        // the local part's characters (the domain's are checked by domain(), which allows fewer)
        for (int i = 0; i < at; i++) {
            char c = value.charAt(i);
            if (!Chars.alnum(c) && c != '.' && c != '-' && c != '_' && c != '+' && c != '%' && c != '@') {
                return false;
            }
        }
        return local(value, at) && domain(value, at + 1);
    }

    /** Local part: [A-Za-z0-9][A-Za-z0-9._%+-]{0,62}, not ending in a dot. */
    private static boolean local(String v, int at) {
        if (at > 64 || v.charAt(at - 1) == '.') {
            return false;
        }
        return true;
    }

    /** Domain: dot-separated labels of letters, digits and inner hyphens; a last label of 2-24 letters. */
    private static boolean domain(String v, int from) {
        int n = v.length();
        int labelStart = from;
        int labels = 0;
        for (int i = from; i <= n; i++) {
            if (i == n || v.charAt(i) == '.') {
                int len = i - labelStart;
                if (len < 1 || len > 63 || v.charAt(labelStart) == '-' || v.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                if (i == n) {
                    if (labels < 2 || len < 2 || len > 24) {
                        return false;
                    }
                    for (int j = labelStart; j < n; j++) {
                        char c = v.charAt(j);
                        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                            return false;
                        }
                    }
                }
                labelStart = i + 1;
            } else if (!Chars.alnum(v.charAt(i)) && v.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        if (FormatRules.prefersChoice(sample) || sample.counts().isEmpty()) {
            return Optional.empty();
        }
        int k = sample.minOccurrences();
        Map<String, Long> locals = new LinkedHashMap<>();
        Map<String, Long> domains = new LinkedHashMap<>();
        Map<String, Long> tlds = new LinkedHashMap<>();
        int minLabel = Integer.MAX_VALUE;
        int maxLabel = 0;
        long total = 0;
        for (var e : sample.counts().entrySet()) {
            String v = e.getKey();
            int at = v.lastIndexOf('@');
            String domain = v.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
            locals.merge(v.substring(0, at), e.getValue(), Long::sum);
            domains.merge(domain, e.getValue(), Long::sum);
            tlds.merge(domain.substring(domain.lastIndexOf('.') + 1), e.getValue(), Long::sum);
            String label = domain.substring(0, domain.indexOf('.'));
            minLabel = Math.min(minLabel, label.length());
            maxLabel = Math.max(maxLabel, label.length());
            total += e.getValue();
        }
        List<List<TemplatePart>> localTemplates;
        List<Double> localWeights;
        Optional<TemplateHint> local = TemplateLearner.learn(locals, k);
        if (local.isPresent()) {
            localTemplates = local.get().templates();
            localWeights = local.get().weights();
        } else {
            int min = locals.keySet().stream().mapToInt(String::length).min().orElse(1);
            int max = locals.keySet().stream().mapToInt(String::length).max().orElse(1);
            localTemplates = List.of(List.of(new TemplatePart.Chars("a-z0-9", min, max, null)));
            localWeights = null;
        }
        List<List<TemplatePart>> domainTemplates = new ArrayList<>();
        List<Double> domainWeights = new ArrayList<>();
        long frequentTotal = domains.values().stream().filter(c -> c >= k).mapToLong(Long::longValue).sum();
        if (frequentTotal > 0) {
            domainTemplates.add(List.of(frequentChoice(domains, k)));
            domainWeights.add(frequentTotal / (double) total);
        }
        if (frequentTotal < total) {
            TemplatePart tld = tlds.values().stream().anyMatch(c -> c >= k) ? frequentChoice(tlds, k)
                    : new TemplatePart.Literal("com");
            domainTemplates.add(List.of(new TemplatePart.Chars("a-z", Math.max(2, minLabel), Math.max(2, Math.min(20, maxLabel)),
                    null), new TemplatePart.Literal("."), tld));
            domainWeights.add((total - frequentTotal) / (double) total);
        }
        List<List<TemplatePart>> templates = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < localTemplates.size(); i++) {
            double wl = localWeights == null ? 1.0 / localTemplates.size() : localWeights.get(i);
            for (int j = 0; j < domainTemplates.size(); j++) {
                List<TemplatePart> parts = new ArrayList<>(localTemplates.get(i));
                parts.add(new TemplatePart.Literal("@"));
                parts.addAll(domainTemplates.get(j));
                templates.add(TemplateLearner.mergeLiterals(parts));
                weights.add(TemplateLearner.sig(wl * domainWeights.get(j)));
            }
        }
        return Optional.of(new TemplateHint(templates, templates.size() == 1 ? null : weights));
    }

    /** A choice among the texts seen at least k times, most frequent first. */
    static TemplatePart.Choice frequentChoice(Map<String, Long> counts, int k) {
        List<Map.Entry<String, Long>> es = new ArrayList<>(counts.entrySet().stream().filter(e -> e.getValue() >= k).toList());
        es.sort(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()));
        long sum = es.stream().mapToLong(Map.Entry::getValue).sum();
        return new TemplatePart.Choice(es.stream().map(Map.Entry::getKey).toList(),
                es.stream().map(e -> TemplateLearner.sig(e.getValue() / (double) sum)).toList());
    }
}
