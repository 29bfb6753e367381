package io.factoreally.internal.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The streaming reader builds exactly the tree, and fails with exactly the message, of the ObjectMapper it replaces. */
class SpecJsonReaderTest {
    /** The settings spec reading used before: the reference. */
    private static final JsonMapper REFERENCE = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @Test
    void everySharedSpecGivesTheSameTree() throws IOException {
        List<Path> specs;
        try (Stream<Path> files = Files.list(Path.of("../../shared/specs"))) {
            specs = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(specs).hasSizeGreaterThan(5);
        for (Path spec : specs) {
            String json = Files.readString(spec);
            assertSame(json);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.50", "-0.0", "1e3", "1E+3", "2.5e-7", "0", "-7", "2147483647", "2147483648",
            "-2147483649", "9223372036854775807", "9223372036854775808", "123456789012345678901234567890",
            "12345678901234567890.123456789012345678901", "\"t\\u00e9xt\"", "true", "false", "null", "[]", "{}",
            "{\"a\": [1, 2.0, {\"b\": null}], \"c\": {\"d\": [[]]}}"})
    void valuesAreTheSameNodesWithTheSameText(String json) throws IOException {
        assertSame(json);
    }

    @Test
    void emptyInputIsNoTree() throws IOException {
        assertThat(read("")).isNull();
        assertThat(read("  \n")).isNull();
        assertThat((Object) REFERENCE.readTree(REFERENCE.createParser(""))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1} {", "{\"a\": 1} 2", "[1] [2]", "{\"a\": 1, \"a\": 2}", "{\"a\": NaN}", "{\"a\": 1",
            "[1, 2", "{\"a\": tru}", "{'a': 1}", "{\"a\": 01}", "{\"a\": 1,}", "// c\n{}"})
    void brokenJsonFailsWithTheSameMessageAndPlace(String json) throws IOException {
        JsonProcessingException expected = failure(() -> REFERENCE.readTree(REFERENCE.createParser(json)));
        JsonProcessingException actual = failure(() -> read(json));
        assertThat(actual.getOriginalMessage()).isEqualTo(expected.getOriginalMessage());
        assertThat(actual.getLocation().getLineNr()).isEqualTo(expected.getLocation().getLineNr());
        assertThat(actual.getLocation().getColumnNr()).isEqualTo(expected.getLocation().getColumnNr());
    }

    private static void assertSame(String json) throws IOException {
        JsonNode expected = REFERENCE.readTree(REFERENCE.createParser(json));
        JsonNode actual = read(json);
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.toString()).isEqualTo(expected.toString());
        assertThat(nodeClasses(actual)).isEqualTo(nodeClasses(expected));
    }

    private static String nodeClasses(JsonNode node) {
        StringBuilder b = new StringBuilder(node.getClass().getSimpleName());
        node.elements().forEachRemaining(child -> b.append('(').append(nodeClasses(child)).append(')'));
        return b.toString();
    }

    private static JsonNode read(String json) throws IOException {
        try (JsonParser p = SpecJsonReader.FACTORY.createParser(json)) {
            return SpecJsonReader.read(p);
        }
    }

    private interface Parse {
        Object run() throws IOException;
    }

    private static JsonProcessingException failure(Parse parse) throws IOException {
        try {
            parse.run();
        } catch (JsonProcessingException e) {
            return e;
        }
        throw new AssertionError("expected a parse failure");
    }
}
