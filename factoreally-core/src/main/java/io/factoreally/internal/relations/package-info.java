/**
 * Relations between the fields of one object level (the records' top-level fields, the members of
 * one nested object, or the members of the objects inside one array) (issue 8): learned by
 * {@link io.factoreally.internal.relations.RelationLearner} level by level from a
 * {@link io.factoreally.internal.relations.RecordSample} that the analysis feeds record by record
 * (array elements in its {@link io.factoreally.internal.relations.ElementSample}), stored in the
 * spec's {@code relations} section by {@link io.factoreally.internal.relations.RelationsCodec}, and
 * applied to each generated record (its nested objects, and each array element with its own draws)
 * by {@link io.factoreally.internal.relations.CompiledRelations}: presence patterns, then tuples of
 * fields that determine each other, then categorical tables (parents first), then tables of two
 * parents, then numbers (by category, shifted by further categories, correlated by copulas).
 */
package io.factoreally.internal.relations;
