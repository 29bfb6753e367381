package io.factoreally.internal.relations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factoreally.internal.spec.Hint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code tuples} relation in the spec: {@code {"kind": "tuples", "fields": [...], "tuples":
 * [{"values": [...], "weight": w}, ...], "other": o}}, one value per field in each tuple.
 */
final class TuplesCodec {
    private TuplesCodec() {
    }

    static Relation.Tuples read(RelationReader r, Map<String, List<Hint>> fields) {
        r.only("kind", "fields", "tuples", "other");
        List<String> names = r.distinctFields(fields);
        List<Relation.Tuple> tuples = new ArrayList<>();
        double total = 0;
        for (JsonNode t : r.array(r.node, "tuples")) {
            JsonNode vs = r.array(t, "values");
            if (vs.size() != names.size()) {
                throw r.error("tuples: \"values\" must hold one value per field (" + names.size() + "), got " + vs);
            }
            List<JsonNode> values = new ArrayList<>();
            vs.forEach(v -> values.add(r.checkScalar(v, "values")));
            double w = r.probability(r.required(t, "weight"), "weight");
            total += w;
            tuples.add(new Relation.Tuple(values, w));
        }
        double other = r.node.has("other") ? r.probability(r.node.get("other"), "other") : 0;
        if (total + other > 1 + 1e-3) {
            throw r.error("the weights and \"other\" add up to " + RelationsCodec.round(total + other)
                    + ", more than 1");
        }
        return new Relation.Tuples(names, tuples, other);
    }

    static void write(Relation.Tuples t, ObjectNode o) {
        ArrayNode f = o.putArray("fields");
        t.fields().forEach(f::add);
        ArrayNode tuples = o.putArray("tuples");
        for (Relation.Tuple x : t.tuples()) {
            ObjectNode row = tuples.addObject();
            ArrayNode v = row.putArray("values");
            x.values().forEach(v::add);
            row.put("weight", RelationsCodec.round(x.weight()));
        }
        if (t.other() > 0) {
            o.put("other", RelationsCodec.round(t.other()));
        }
    }
}
