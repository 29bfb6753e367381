/**
 * Relations between the fields of one object level (the records' top-level fields, or the members of
 * one nested object) (issue 8): learned by {@link io.factoreally.internal.relations.RelationLearner}
 * level by level from a {@link io.factoreally.internal.relations.RecordSample} that the analysis feeds
 * record by record, stored in the spec's {@code relations} section by
 * {@link io.factoreally.internal.relations.RelationsCodec}, and applied to each generated record (and
 * its nested objects) by {@link io.factoreally.internal.relations.CompiledRelations}: presence
 * patterns, then categorical tables (parents first), then tables of two parents, then numbers (by
 * category, shifted by further categories, correlated by copulas).
 */
package io.factoreally.internal.relations;
