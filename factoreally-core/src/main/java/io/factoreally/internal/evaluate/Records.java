package io.factoreally.internal.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.FactoreallyException;
import io.factoreally.internal.analysis.RecordReader;

import java.util.ArrayList;
import java.util.List;

/** Turns in-memory records ({@code Map}s, {@code JsonNode}s, beans) into JSON trees, as analysis does. */
final class Records {
    private Records() {
    }

    static List<JsonNode> toTrees(Iterable<?> records, String side) {
        if (records == null) {
            throw new FactoreallyException("the " + side + " records are missing (null)");
        }
        List<JsonNode> out = new ArrayList<>();
        long i = 0;
        for (Object o : records) {
            JsonNode n = RecordReader.tree(o);
            if (n == null || !n.isObject()) {
                throw new FactoreallyException(side + " record " + i + " is not a JSON object but "
                        + (n == null ? "null" : n.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
            }
            out.add(n);
            i++;
        }
        return out;
    }
}
