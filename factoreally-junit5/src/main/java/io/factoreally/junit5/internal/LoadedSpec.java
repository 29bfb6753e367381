package io.factoreally.junit5.internal;

import io.factoreally.FactorySpec;

import java.util.List;

/** The outcome of looking up a spec by name: found and parsed, not found, or unreadable. */
public sealed interface LoadedSpec permits LoadedSpec.Found, LoadedSpec.NotFound, LoadedSpec.Invalid {

    /** Parsed from {@code location} ({@code classpath:x.spec.json} or an absolute file path). */
    record Found(FactorySpec spec, String location) implements LoadedSpec {
    }

    /** Looked in each of {@code places} (in order), found nothing. */
    record NotFound(List<String> places) implements LoadedSpec {
    }

    /** Found at {@code location} but it does not load; {@code message} says why and where. */
    record Invalid(String location, String message) implements LoadedSpec {
    }
}
