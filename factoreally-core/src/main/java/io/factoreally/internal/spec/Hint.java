package io.factoreally.internal.spec;

/**
 * One entry of a field's hint chain, as stored in a spec under {@code fields.<path>.<TYPE>}.
 *
 * <p>The set is closed so that the codec, the validator and the generator can all be checked for
 * completeness; a new hint type is one new record, one {@code permits} entry and one line in
 * {@link HintTypes}.
 */
public sealed interface Hint permits ValueHint, ArrayHint, ObjectHint, NullHint, MissingHint {

    /** The hint's name in the spec file, e.g. {@code "NUMBER"}. */
    String type();
}
