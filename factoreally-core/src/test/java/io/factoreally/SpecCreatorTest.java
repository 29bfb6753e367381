package io.factoreally;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpecCreatorTest {
    private static final String NDJSON = "{\"a\": \"x\", \"b\": true}\n{\"a\": \"x\", \"b\": false}\n";

    private static CreateOptions k1() {
        return CreateOptions.defaults().minOccurrences(1);
    }

    @Test
    void everyInputKindGivesTheSameSpec(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("in.ndjson");
        Files.writeString(file, NDJSON);
        String fromFile = SpecCreator.create(file, k1()).toJson();
        String fromStream = SpecCreator.analyze(new ByteArrayInputStream(NDJSON.getBytes(StandardCharsets.UTF_8)),
                "in", k1()).spec().toJson();
        String fromReader = SpecCreator.analyze(new StringReader(NDJSON), "in", k1()).spec().toJson();
        List<Map<String, Object>> maps = List.of(Map.of("a", "x", "b", true), Map.of("a", "x", "b", false));
        ObjectMapper m = new ObjectMapper();
        String fromMaps = SpecCreator.analyze(maps, k1()).spec().toJson();
        String fromNodes = SpecCreator.analyze(Stream.of(m.readTree("{\"a\": \"x\", \"b\": true}"),
                m.readTree("{\"a\": \"x\", \"b\": false}")), k1()).spec().toJson();
        assertThat(fromStream).isEqualTo(fromFile);
        assertThat(fromReader).isEqualTo(fromFile);
        assertThat(fromNodes).isEqualTo(fromFile);
        // Map.of has no order: same hints, field order may differ
        assertThat(FactorySpec.fromJson(fromMaps).fields()).isEqualTo(FactorySpec.fromJson(fromFile).fields());
        assertThat(FactorySpec.fromJson(fromFile).hints("a").toString()).contains("ConstHint");
    }

    @Test
    void reportsProgressAndResult(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2500; i++) {
            b.append("{\"n\": \"v").append(i % 3).append("\"}\n");
        }
        Path file = dir.resolve("in.ndjson");
        Files.writeString(file, b);
        List<long[]> calls = new ArrayList<>();
        AnalysisResult r = SpecCreator.analyze(file, CreateOptions.defaults().threads(1)
                .progress((bytes, records) -> calls.add(new long[] {bytes, records})));
        assertThat(r.records()).isEqualTo(2500);
        assertThat(r.bytesRead()).isEqualTo(Files.size(file));
        assertThat(r.fields()).isEqualTo(1);
        assertThat(calls).isNotEmpty();
        assertThat(calls.get(calls.size() - 1)[1]).isEqualTo(2500);
        assertThat(calls.get(0)[0]).isPositive();
    }

    @Test
    void errorsNameTheSource() {
        assertThatThrownBy(() -> SpecCreator.analyze(new StringReader("[{\"a\": }]"), "data.json", k1()))
                .isInstanceOf(FactoreallyException.class)
                .hasMessageStartingWith("data.json: invalid JSON at line 1, column 8: Unexpected character ('}'");
        assertThatThrownBy(() -> SpecCreator.analyze(List.of("text"), k1()))
                .hasMessage("<records>: record 1 is a JSON string, but every record must be a JSON object"
                        + " (a Map or an ObjectNode)");
    }

    /** A model class: its Map property is a dynamic map even where the data alone would not say so. */
    public record User(String id, Map<String, String> metadata) {
    }

    @Test
    void aModelClassDecidesDynamicMaps() {
        Path users = Path.of("../../shared/data/users.json");
        AnalysisResult r = SpecCreator.analyze(users, CreateOptions.defaults().model(User.class));
        assertThat(r.spec().hints("metadata").get(0).type()).isEqualTo("OBJECT");
        assertThat(r.spec().metadata().get("options").get("model").asText()).isEqualTo(User.class.getName());
    }
}
