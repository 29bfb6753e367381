/**
 * Fidelity evaluation: how close generated records are to real ones ({@link io.factoreally.Fidelity}).
 *
 * <p>Flow: records become JSON trees ({@link io.factoreally.internal.evaluate.Records},
 * {@link io.factoreally.internal.evaluate.RecordFiles}); dynamic maps are detected in the real data
 * ({@link io.factoreally.internal.evaluate.MapPaths}); both sides are flattened into columns by field
 * path ({@link io.factoreally.internal.evaluate.Flattened}); one plan is made from all real records
 * (a kind per field: {@link io.factoreally.internal.evaluate.FieldPlan}; the most associated sibling
 * pairs: {@link io.factoreally.internal.evaluate.PairPlan}); the plan is applied to real versus
 * synthetic and to one seeded random half of the real records versus the other half
 * ({@link io.factoreally.internal.evaluate.Evaluator}).
 *
 * <p>Decisions: a field score multiplies its parts (shape, presence, nulls, JSON types), so one bad
 * part shows; categorical association is bias-corrected Cramér's V, so small tables of near-unique
 * values do not look dependent; pairs need 20 joint rows; everything is ordered by path or by a total
 * order, so the report is the same on every run.
 */
package io.factoreally.internal.evaluate;
