package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.Uuid4Hint;
import io.factoreally.internal.spec.ValueHint;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UUID4: every value, lower-cased, is 8-4-4-4-12 hex digits (any version, as the original accepts).
 * {@link UuidFormat}, earlier in the order, takes UUIDs of another version or in uppercase, so in
 * practice this one receives lowercase version-4 UUIDs (and mixes of versions, as the original).
 */
public final class Uuid4Format implements StringFormat {
    static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public String name() {
        return "uuid4";
    }

    @Override
    public boolean matches(String value) {
        return Chars.uuid(value);
    }

    @Override
    public Object matcher() {
        return Chars.UUID;
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        return FormatRules.prefersChoice(sample) ? Optional.empty() : Optional.of(new Uuid4Hint());
    }
}
