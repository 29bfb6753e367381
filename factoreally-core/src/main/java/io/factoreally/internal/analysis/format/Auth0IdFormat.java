package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.Auth0IdHint;
import io.factoreally.internal.spec.ValueHint;

import java.util.Optional;

/** AUTH0_ID: every value starts with {@code auth0|} (generated: 24 random lowercase hex digits after it). */
public final class Auth0IdFormat implements StringFormat {
    @Override
    public String name() {
        return "auth0_id";
    }

    @Override
    public boolean matches(String value) {
        return value.startsWith("auth0|");
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        return FormatRules.prefersChoice(sample) ? Optional.empty() : Optional.of(new Auth0IdHint());
    }
}
