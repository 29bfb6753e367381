package io.factoreally;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Privacy (issue 9): records generated from a created spec never reproduce a whole input record. */
class NoRecordCopiedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"cars", "movies", "penguins", "seattle-weather", "countries", "github-webhooks", "users",
            "kitchen-sink"})
    void noGeneratedRecordEqualsAnInputRecord(String dataSet) throws IOException {
        Path data = Path.of("../../shared/data", dataSet + ".json");
        Set<String> input = new HashSet<>();
        for (JsonNode record : JSON.readTree(data.toFile())) {
            input.add(canonical(record));
        }
        Factory factory = Factory.of(SpecCreator.create(data, CreateOptions.defaults())).seed(11);
        int copies = 0;
        for (int i = 0; i < input.size(); i++) {
            if (input.contains(canonical(JSON.valueToTree(factory.recordAt(i))))) {
                copies++;
            }
        }
        assertThat(copies).as("generated records equal to an input record").isZero();
    }

    /** Re-parsed text, so that number node types compare equal. */
    private static String canonical(JsonNode node) throws IOException {
        return JSON.readTree(JSON.writeValueAsString(node)).toString();
    }
}
