package io.factoreally.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.factoreally.CreateOptions;
import io.factoreally.SpecCreator;
import io.factoreally.examples.countries.Country;
import io.factoreally.examples.ecommerce.EcommerceEvent;
import io.factoreally.examples.users.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The specs checked in under {@code src/test/resources} are exactly what {@code regenerate-specs.sh}
 * (the CLI's {@code create}) writes from the sample data today: the same analysis, run in-process with
 * the same options, must give the same bytes. Fails when the data, a model or the analysis changed
 * without the specs being re-created.
 */
class SpecsAreFreshTest {

    private static final Path DATA = Path.of("src/main/resources/data");
    private static final Path SPECS = Path.of("src/test/resources");
    private static final String REGENERATE = "examples/regenerate-specs.sh";

    static Stream<Arguments> specs() {
        return Stream.of(
                Arguments.of("users.json", User.class, "user.spec.json"),
                Arguments.of("ecommerce-events.json", EcommerceEvent.class, "ecommerce-event.spec.json"),
                Arguments.of("countries.json", Country.class, "country.spec.json"),
                Arguments.of("github-webhooks.json", null, "github-webhook.spec.json"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("specs")
    void checkedInSpecIsWhatTheCliCreatesFromTheData(String data, Class<?> model, String spec) throws IOException {
        // The CLI's defaults: k = 5, our format; the thread count never changes the spec.
        CreateOptions options = CreateOptions.defaults().model(model);
        String expected = SpecCreator.create(DATA.resolve(data), options).toJson();

        String checkedIn = Files.readString(SPECS.resolve(spec), StandardCharsets.UTF_8);

        assertThat(checkedIn)
                .as("%s is stale against %s: regenerate the example specs with %s (from the repository root)",
                        SPECS.resolve(spec), DATA.resolve(data), REGENERATE)
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("specs")
    void theScriptCreatesTheSpecWithTheSameOptions(String data, Class<?> model, String spec) throws IOException {
        String script = Files.readString(Path.of("regenerate-specs.sh"), StandardCharsets.UTF_8);
        String command = script.substring(script.indexOf("--in \"$data/" + data + "\""));
        command = command.substring(0, command.indexOf("\n./factoreally") < 0 ? command.length()
                : command.indexOf("\n./factoreally"));

        assertThat(command).contains("--out \"$specs/" + spec + "\"");
        if (model == null) {
            assertThat(command).doesNotContain("--model");
        } else {
            assertThat(command).contains("--model " + model.getName());
        }
        assertThat(command).doesNotContain("--min-occurrences").doesNotContain("--python-compatible");
    }
}
