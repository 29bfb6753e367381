package io.factoreally.internal.relations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factoreally.internal.spec.Hint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code nulls} relation in the spec: {@code {"kind": "nulls", "parent": P, "child": C,
 * "strength": v, "table": [{"when": value, "null": p}, ...]}}.
 */
final class NullsCodec {
    private NullsCodec() {
    }

    static Relation.Nulls read(RelationReader r, Map<String, List<Hint>> fields) {
        r.only("kind", "parent", "child", "strength", "table");
        String[] pc = r.parentAndChild(fields);
        List<Relation.NullRow> rows = new ArrayList<>();
        for (JsonNode row : r.array(r.node, "table")) {
            rows.add(new Relation.NullRow(r.scalar(row, "when"), r.probability(r.required(row, "null"), "null")));
        }
        return new Relation.Nulls(pc[0], pc[1], r.probability(r.required(r.node, "strength"), "strength"), rows);
    }

    static void write(Relation.Nulls n, ObjectNode o) {
        RelationsCodec.writeParentAndChild(o, n.parent(), n.child(), n.strength());
        ArrayNode table = o.putArray("table");
        for (Relation.NullRow row : n.rows()) {
            ObjectNode t = table.addObject();
            t.set("when", row.when());
            t.put("null", RelationsCodec.round(row.nulls()));
        }
    }
}
