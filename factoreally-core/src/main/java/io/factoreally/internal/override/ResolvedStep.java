package io.factoreally.internal.override;

import io.factoreally.internal.generate.ArrayGen;
import io.factoreally.internal.generate.ObjectGen;

/** One step of an override path matched against the generator tree. */
sealed interface ResolvedStep {

    /** A member of a plain object; {@code holder} gives the spec order for inserting absent members. */
    record Member(String name, ObjectGen holder) implements ResolvedStep {
    }

    /** Any key of a dynamic map. */
    record Key(String key) implements ResolvedStep {
    }

    /** One element; the array is extended with generated elements up to it when shorter. */
    record Element(int index, ArrayGen array) implements ResolvedStep {
    }

    /** Every element (the rest of the path applies to each). */
    record EachElement(ArrayGen array) implements ResolvedStep {
    }
}
