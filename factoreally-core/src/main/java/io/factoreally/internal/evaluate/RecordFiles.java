package io.factoreally.internal.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.factoreally.internal.analysis.RecordReader;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole file of records into memory for evaluation (its pair measures need all records at
 * once), with the analysis' {@link RecordReader}: the same input formats (JSON array of objects or
 * NDJSON) and the same errors as {@code create}.
 */
public final class RecordFiles {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private RecordFiles() {
    }

    public static List<JsonNode> read(Path file) {
        return collect(RecordReader.of(file));
    }

    public static List<JsonNode> read(InputStream in, String source) {
        return collect(RecordReader.of(in, source));
    }

    private static List<JsonNode> collect(RecordReader reader) {
        List<JsonNode> out = new ArrayList<>();
        reader.read((p, index) -> out.add(MAPPER.readTree(p)));
        return out;
    }
}
