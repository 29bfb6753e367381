package io.factoreally.internal.relations;

import io.factoreally.FactorySpec;
import io.factoreally.internal.analysis.NumberFit;
import io.factoreally.internal.spec.Hint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns the relations between top-level fields from a {@link RecordSample} once the fields' own
 * hints are chosen, and adds them to the spec as its {@code relations} section.
 */
public final class RelationLearner {
    private RelationLearner() {
    }

    /** The relations of a sample, given the spec's fields and the privacy rule's k. */
    public static List<Relation> learn(RecordSample sample, Map<String, List<Hint>> fields, int k, NumberFit fitter) {
        List<Object[]> rows = sample.rows();
        if (rows.size() < Columns.MIN_NUMBERS) {
            return List.of();
        }
        List<Columns.Column> columns = Columns.of(sample.names(), rows, fields);
        List<Relation> out = new ArrayList<>();
        List<Relation.CoPresence> presence = PresenceLearner.learn(sample.names(), rows, columns, Math.max(1, k));
        out.addAll(presence);
        out.addAll(CategoricalLearner.learn(columns, Math.max(1, k)));
        java.util.Set<String> copresent = new java.util.HashSet<>();
        presence.forEach(p -> copresent.addAll(p.fields()));
        out.addAll(NumericLearner.learn(columns, Math.max(1, k), fitter, copresent));
        return out;
    }

    /** The spec with the sample's relations added (the spec itself when there are none or sampling was off). */
    public static FactorySpec attach(FactorySpec spec, RecordSample sample, int k, NumberFit fitter) {
        if (!sample.enabled()) {
            return spec;
        }
        List<Relation> relations = learn(sample, spec.fields(), k, fitter);
        if (relations.isEmpty()) {
            return spec;
        }
        Map<String, com.fasterxml.jackson.databind.JsonNode> ext = new LinkedHashMap<>(spec.extensions());
        ext.put(RelationsCodec.SECTION, RelationsCodec.write(relations));
        return FactorySpec.of(spec.metadata(), spec.fields(), ext);
    }
}
