package io.factoreally.internal.spec;

/** {@code auth0|} followed by 24 lowercase hex digits. */
public record Auth0IdHint() implements ValueHint {
    public static final String TYPE = "AUTH0_ID";

    @Override
    public String type() {
        return TYPE;
    }
}
