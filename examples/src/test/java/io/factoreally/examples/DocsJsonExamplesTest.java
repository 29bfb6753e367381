package io.factoreally.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ```json} block in the README and in {@code docs/spec-format.md} is a spec that loads
 * and generates: a whole spec ({@code {"metadata": ..., "fields": ...}}) as it stands, a hints object
 * ({@code {"TEMPLATE": ...}}) as the hints of one field.
 */
class DocsJsonExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> everyJsonExampleIsAValidSpec() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : List.of(Path.of("../README.md"), Path.of("../docs/spec-format.md"))) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            Matcher m = BLOCK.matcher(text);
            while (m.find()) {
                String json = m.group(1);
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                String spec = json.contains("\"fields\"") ? json : "{\"fields\": {\"example\": " + json + "}}";
                tests.add(DynamicTest.dynamicTest(doc.getFileName() + " line " + line, () -> {
                    assertThatCode(() -> FactorySpec.fromJson(spec)).as("%s line %d", doc, line)
                            .doesNotThrowAnyException();
                    assertThat(Factory.of(FactorySpec.fromJson(spec)).seed(1).build(20)).hasSize(20);
                }));
            }
        }
        assertThat(tests).as("json examples").hasSizeGreaterThanOrEqualTo(3);
        return tests.stream();
    }
}
