package io.factoreally.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.factoreally.cli.FactoreallyCli;
import io.factoreally.cli.StdStreams;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * The README's CLI reference documents every command and every option of the real command line: each
 * command has a {@code ### `factoreally NAME`} section, and each name of each option appears in it or
 * in the reference's introduction (options common to all commands).
 */
class ReadmeCliReferenceTest {

    @TestFactory
    Stream<DynamicTest> everyCommandAndOptionIsDocumented() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        CommandLine cli = FactoreallyCli.commandLine(StdStreams.system());
        Map<String, CommandLine> commands = cli.getSubcommands();

        return commands.entrySet().stream()
                .filter(e -> !e.getKey().equals("help") && e.getKey().equals(e.getValue().getCommandName()))
                .map(e -> DynamicTest.dynamicTest("factoreally " + e.getKey(), () -> {
                    String documented = introduction(readme) + section(readme, e.getKey());
                    List<String> missing = e.getValue().getCommandSpec().options().stream()
                            .filter(option -> !option.hidden())          // hidden: not in --help either
                            .flatMap(option -> Stream.of(option.names()))
                            .filter(name -> !Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])")
                                    .matcher(documented).find())
                            .toList();
                    assertThat(missing).as("options of `factoreally %s` missing from its README section", e.getKey())
                            .isEmpty();
                }));
    }

    /** The text from the command's heading to the next heading. */
    private static String section(String readme, String command) {
        String heading = "### `factoreally " + command + "`";
        int start = readme.indexOf(heading);
        assertThat(start).as("README heading %s", heading).isNotNegative();
        int end = readme.indexOf("\n#", start + heading.length());
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The text from {@code ## CLI reference} to the first command's heading. */
    private static String introduction(String readme) {
        int start = readme.indexOf("## CLI reference");
        assertThat(start).as("README heading ## CLI reference").isNotNegative();
        return readme.substring(start, readme.indexOf("\n### ", start));
    }
}
