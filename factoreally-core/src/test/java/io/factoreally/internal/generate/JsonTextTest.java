package io.factoreally.internal.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.FactorySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link JsonText} writes exactly what {@link JsonNode#toString()} writes (edge-case labels depend on it). */
class JsonTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"admin\"", "\"t\\u00e9x\\\"t\\n\\u0001</\"", "1", "-7", "9223372036854775808", "1.0",
            "1.50", "1e3", "-0.0", "12345678901234567890.123456789012345678901", "true", "false", "null", "[]", "{}",
            "{\"a\": [1, 2.0, {\"b\": null}], \"c\\\"\": {\"d\": [[]]}}"})
    void writesWhatToStringWrites(String json) {
        JsonNode node = FactorySpec.fromJson("{\"fields\": {}, \"x\": " + json + "}").extension("x");
        assertThat(JsonText.of(node)).isEqualTo(node.toString());
    }

    @Test
    void everyValueOfTheSharedSpecsIsWrittenAsToStringWritesIt() throws IOException {
        List<Path> specs;
        try (Stream<Path> files = Files.list(Path.of("../../shared/specs"))) {
            specs = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        int checked = 0;
        for (Path file : specs) {
            JsonNode tree = FactorySpec.read(file).toTree();
            for (JsonNode hints : tree.get("fields")) {
                for (JsonNode params : hints) {
                    for (JsonNode value : params) {
                        assertThat(JsonText.of(value)).isEqualTo(value.toString());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }
}
