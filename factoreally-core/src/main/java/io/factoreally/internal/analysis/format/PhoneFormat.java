package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.ValueHint;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ours: phone numbers, E.164 ({@code +14155552671}) and national formats ({@code (415) 555-2671},
 * {@code 030 1234567}, {@code +44 20 7946 0958}): 7 to 15 digits with an optional leading {@code +}
 * and the separators space, {@code -}, {@code .}, {@code (}, {@code )}. Each way of writing seen
 * becomes one TEMPLATE template, so generated numbers keep the groups, the separators and a
 * frequent country code. Plain digit strings are NUMSTR or TEMPLATE, not phones.
 */
public final class PhoneFormat implements StringFormat {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{7,24}");

    @Override
    public String name() {
        return "phone";
    }

    @Override
    public boolean matches(String value) {
        int n = value.length();
        if (n < 7 || n > 25) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (!Chars.digit(c) && c != ' ' && c != '(' && c != ')' && c != '-' && c != '.' && !(c == '+' && i == 0)) {
                return false;
            }
        }
        if (!PHONE.matcher(value).matches()) {
            return false;
        }
        int digits = 0;
        boolean separated = value.charAt(0) == '+';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '+') {
                separated = true;
            }
        }
        char last = value.charAt(value.length() - 1);
        return separated && digits >= 7 && digits <= 15 && last >= '0' && last <= '9' && !value.contains("  ");
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        if (FormatRules.prefersChoice(sample) || sample.counts().isEmpty()) {
            return Optional.empty();
        }
        return TemplateLearner.learn(sample.counts(), sample.minOccurrences()).map(h -> h);
    }
}
