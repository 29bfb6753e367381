package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.ValueHint;

import java.util.Optional;

/**
 * Ours: ids and codes (Part A row 11), e.g. {@code sess_abc123xyz789}, {@code ord-2024-000123},
 * {@code ABC-1234}, hex tokens, zero-padded zip codes, lowercase MACs: printable ASCII without
 * spaces, and at least half of the values containing a digit (words without digits are names or
 * categories, better kept by CHOICE). Learned by {@link TemplateLearner}.
 */
public final class TemplateFormat implements StringFormat {
    static final int MAX_LENGTH = 200;

    @Override
    public String name() {
        return "template";
    }

    @Override
    public boolean matches(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c > '~') {
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
        long withDigits = 0;
        long total = 0;
        for (var e : sample.counts().entrySet()) {
            total += e.getValue();
            if (e.getKey().chars().anyMatch(Character::isDigit)) {
                withDigits += e.getValue();
            }
        }
        if (withDigits * 2 < total) {
            return Optional.empty();
        }
        return TemplateLearner.learn(sample.counts(), sample.minOccurrences()).map(h -> h);
    }
}
