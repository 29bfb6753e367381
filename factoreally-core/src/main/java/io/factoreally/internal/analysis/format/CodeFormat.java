package io.factoreally.internal.analysis.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.ValueHint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Ours: ISO codes (country alpha-2 and alpha-3, currency, language), as a CHOICE. Codes seen at least
 * k times keep their share; the share of rarer codes is spread evenly over the other codes of the
 * same standard (from the JDK's ISO lists), so generated values are always real codes and no rare
 * input value is singled out. At least 95% of the distinct values must belong to one standard (the
 * rest, e.g. codes newer than the JDK's lists, are generated as codes of the standard); a code set
 * of frequent values only is left to the pipeline's CHOICE.
 */
public final class CodeFormat implements StringFormat {
    private static final Set<String> COUNTRY2 = new TreeSet<>(List.of(Locale.getISOCountries()));
    private static final Set<String> COUNTRY3 = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    private static final Set<String> CURRENCY = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toCollection(TreeSet::new));
    private static final Set<String> LANGUAGE = new TreeSet<>(List.of(Locale.getISOLanguages()));
    private static final List<Set<String>> STANDARDS = List.of(COUNTRY2, COUNTRY3, CURRENCY, LANGUAGE);

    @Override
    public String name() {
        return "code";
    }

    /** Share of the distinct values that must belong to one standard (codes newer than the JDK's lists pass). */
    static final double MIN_KNOWN = 0.95;

    @Override
    public boolean matches(String value) {
        int n = value.length();
        if (n != 2 && n != 3) {
            return false;
        }
        boolean upper = true;
        boolean lower = true;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            upper &= c >= 'A' && c <= 'Z';
            lower &= c >= 'a' && c <= 'z';
        }
        return upper || (lower && n == 2);
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        if (FormatRules.prefersChoice(sample) || sample.counts().isEmpty() || !sample.complete()) {
            return Optional.empty();
        }
        Set<String> standard = null;
        for (Set<String> s : STANDARDS) {
            long known = sample.counts().keySet().stream().filter(s::contains).count();
            if (known >= MIN_KNOWN * sample.counts().size()) {
                standard = s;
                break;
            }
        }
        if (standard == null || sample.counts().size() < 2) {
            return Optional.empty();
        }
        int k = sample.minOccurrences();
        long total = sample.counts().values().stream().mapToLong(Long::longValue).sum();
        List<Map.Entry<String, Long>> frequent = new ArrayList<>(sample.counts().entrySet().stream()
                .filter(e -> e.getValue() >= k).toList());
        frequent.sort(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()));
        long frequentTotal = frequent.stream().mapToLong(Map.Entry::getValue).sum();
        Set<String> used = frequent.stream().map(Map.Entry::getKey).collect(Collectors.toSet());
        List<String> others = standard.stream().filter(c -> !used.contains(c)).toList();
        List<JsonNode> choices = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Map.Entry<String, Long> e : frequent) {
            choices.add(TextNode.valueOf(e.getKey()));
            weights.add(TemplateLearner.sig(e.getValue() / (double) total));
        }
        double rest = TemplateLearner.sig((total - frequentTotal) / (double) total / others.size());
        for (String c : others) {
            choices.add(TextNode.valueOf(c));
            weights.add(rest);
        }
        return Optional.of(new ChoiceHint(choices, weights));
    }
}
