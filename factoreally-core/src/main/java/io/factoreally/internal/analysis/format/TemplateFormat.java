package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.ValueHint;

import java.util.Optional;

/**
 * Ours: ids and codes (Part A row 11), e.g. {@code sess_abc123xyz789}, {@code ord-2024-000123},
 * {@code ABC-1234}, hex tokens, zero-padded zip codes, lowercase MACs, and short structured phrases
 * such as street addresses ({@code 661 Pine St}, {@code Apt 4B}): printable ASCII, at most
 * {@value #MAX_SPACES} single spaces between words in a value of at most {@value #MAX_PHRASE}
 * characters (longer or wordier strings are prose, left to TEXT), and at least half of the values
 * containing a digit (words without digits are names or categories, better kept by CHOICE). Learned by
 * {@link TemplateLearner}, where a space is a separator like {@code -} or {@code _}.
 */
public final class TemplateFormat implements StringFormat {
    static final int MAX_LENGTH = 200;
    /** Most spaces in a value: a few words, not a sentence. */
    static final int MAX_SPACES = 3;
    /** Longest value with spaces. */
    static final int MAX_PHRASE = 40;

    @Override
    public String name() {
        return "template";
    }

    @Override
    public boolean matches(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        int spaces = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ') {
                // between two words: not first, not last, not doubled
                if (i == 0 || i == value.length() - 1 || value.charAt(i - 1) == ' ' || ++spaces > MAX_SPACES) {
                    return false;
                }
            } else if (c < ' ' || c > '~') {
                return false;
            }
        }
        return spaces == 0 || value.length() <= MAX_PHRASE;
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

    /**
     * The shape of short strings without the digit rule: for the values the privacy rule withholds from
     * a CHOICE of names or titles ({@code Afganistan}, {@code Nueva Zelanda}), which are then generated
     * with their words' letter layout and lengths ({@code Qmvtrel Xkoa}) instead of lorem ipsum. Every
     * value must match {@link #matches}.
     */
    public static Optional<ValueHint> shape(StringSample sample) {
        // a value of separators only ("." among "MALE" and "FEMALE") would be its own template: no shape
        if (sample.counts().isEmpty() || sample.counts().keySet().stream().anyMatch(v -> v.chars().noneMatch(
                c -> TemplateLearner.alnum((char) c)))) {
            return Optional.empty();
        }
        return TemplateLearner.learn(sample.counts(), sample.minOccurrences()).map(h -> h);
    }
}
