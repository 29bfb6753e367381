package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.TextHint;
import io.factoreally.internal.spec.ValueHint;

import java.util.Optional;

/**
 * TEXT, as the original: more than 25% of the distinct values are longer than 30 characters and
 * contain at least 5 spaces; {@code min}/{@code max} are the shortest and longest lengths (code points).
 * Ours in addition: the words the values are made of ({@link TextVocabulary}).
 */
public final class TextFormat implements StringFormat {
    @Override
    public String name() {
        return "text";
    }

    @Override
    public boolean matches(String value) {
        return true;
    }

    @Override
    public boolean matchesAnyString() {
        return true;
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        if (FormatRules.prefersChoice(sample) || sample.counts().isEmpty()) {
            return Optional.empty();
        }
        long sentences = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        for (String v : sample.counts().keySet()) {
            long len = v.codePointCount(0, v.length());
            min = Math.min(min, len);
            max = Math.max(max, len);
            if (len > 30 && v.chars().filter(c -> c == ' ').count() >= 5) {
                sentences++;
            }
        }
        if (sentences * 4 <= sample.counts().size()) {
            return Optional.empty();
        }
        return Optional.of(hint(sample, min, max));
    }

    /** TEXT of lengths [min, max], made of the values' frequent words when there are enough of them. */
    public static TextHint hint(StringSample sample, long min, long max) {
        TextVocabulary.Words v = TextVocabulary.learn(sample);
        return v == null ? new TextHint(min, max) : new TextHint(min, max, v.words(), v.weights(), v.first(), v.next());
    }
}
