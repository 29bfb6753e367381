package io.factoreally.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validated content of a spec file.
 *
 * @param metadata   the {@code metadata} object (never read by generation)
 * @param fields     field path -> hint chain, in file order
 * @param extensions other top-level keys (our {@code relations} etc.), kept for round trips
 */
public record ParsedSpec(ObjectNode metadata, Map<String, List<Hint>> fields, Map<String, JsonNode> extensions) {
    public ParsedSpec {
        metadata = metadata.deepCopy();
        Map<String, List<Hint>> f = new LinkedHashMap<>();
        fields.forEach((k, v) -> f.put(k, List.copyOf(v)));
        fields = Collections.unmodifiableMap(f);
        Map<String, JsonNode> x = new LinkedHashMap<>();
        extensions.forEach((k, v) -> x.put(k, v.deepCopy()));
        extensions = Collections.unmodifiableMap(x);
    }
}
