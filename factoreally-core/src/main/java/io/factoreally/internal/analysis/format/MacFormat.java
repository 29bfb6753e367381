package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.MacHint;
import io.factoreally.internal.spec.ValueHint;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MAC: six hex pairs joined by {@code :} or {@code -} (either case, mixing allowed), as the original
 * detects it. MAC generates uppercase pairs joined by {@code :}; values written any other way get
 * no hint here, so that a later format (TEMPLATE) keeps their exact spelling (Part A row 11).
 */
public final class MacFormat implements StringFormat {
    private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}");
    private static final Pattern CANONICAL = Pattern.compile("[0-9A-F]{2}(?::[0-9A-F]{2}){5}");

    @Override
    public String name() {
        return "mac";
    }

    @Override
    public boolean matches(String value) {
        return value.length() == 17 && MAC.matcher(value).matches();
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        if (FormatRules.prefersChoice(sample)) {
            return Optional.empty();
        }
        for (String v : sample.counts().keySet()) {
            if (!CANONICAL.matcher(v).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(new MacHint());
    }
}
