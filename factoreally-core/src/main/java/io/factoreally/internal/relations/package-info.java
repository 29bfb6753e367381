/**
 * Relations between top-level fields (issue 8): learned by {@link
 * io.factoreally.internal.relations.RelationLearner} from a {@link
 * io.factoreally.internal.relations.RecordSample} that the analysis feeds record by record, stored
 * in the spec's {@code relations} section by {@link io.factoreally.internal.relations.RelationsCodec},
 * and applied to each generated record by {@link io.factoreally.internal.relations.CompiledRelations}
 * (presence patterns, then categorical tables, then numbers by category and copulas).
 */
package io.factoreally.internal.relations;
