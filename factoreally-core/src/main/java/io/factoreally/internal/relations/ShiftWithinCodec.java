package io.factoreally.internal.relations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factoreally.internal.spec.Hint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A shift's {@code within} in the spec: {@code {"parent": f, "cases": [{"when": v, "values": [...],
 * "by": [...]}, ...]}}, the shifts of the shift parent's {@code values} when {@code f} is {@code v}.
 */
final class ShiftWithinCodec {
    private ShiftWithinCodec() {
    }

    static Relation.Within read(RelationReader r, JsonNode node, Map<String, List<Hint>> fields, String child,
                                String shiftParent) {
        if (!node.isObject()) {
            throw r.error("shifts: \"within\" must be an object with \"parent\" and \"cases\"");
        }
        String parent = r.fieldName(r.required(node, "parent"), fields);
        if (parent.equals(child) || parent.equals(shiftParent)) {
            throw r.error("shifts: \"within\" must name a field other than the number and the shift's parent, got \""
                    + parent + "\"");
        }
        List<Relation.WithinCase> cases = new ArrayList<>();
        for (JsonNode c : r.array(node, "cases")) {
            JsonNode when = r.scalar(c, "when");
            RelationReader.Shifted values = r.valuesAndShifts(c, "values", "shifts: within: ");
            cases.add(new Relation.WithinCase(when, values.values(), values.by()));
        }
        return new Relation.Within(parent, cases);
    }

    static void write(Relation.Within w, ObjectNode o) {
        o.put("parent", w.parent());
        ArrayNode cases = o.putArray("cases");
        for (Relation.WithinCase c : w.cases()) {
            ObjectNode t = cases.addObject();
            t.set("when", c.when());
            RelationsCodec.writeValuesAndShifts(t, "values", c.values(), c.by());
        }
    }
}
