package io.factoreally.examples;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The README cannot show Java that does not compile: every {@code ```java} block in
 * {@code ../README.md} is preceded by {@code <!-- snippet: Name -->}, and its lines appear, in order and
 * consecutively (ignoring indentation and blank lines), in the example source file {@code Name.java}
 * under {@code src/}, which the build compiles and runs.
 */
class ReadmeSnippetsTest {

    private static final Path README = Path.of("../README.md");
    private static final Path SOURCES = Path.of("src");
    private static final Pattern BLOCK = Pattern.compile(
            "(?:<!-- snippet: ([\\w.-]+) -->\\s*\\n)?```java\\n(.*?)\\n```", Pattern.DOTALL);

    record Snippet(String source, String code, int line) {
    }

    static List<Snippet> snippets() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<Snippet> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            int line = (int) readme.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            out.add(new Snippet(m.group(1), m.group(2), line));
        }
        return out;
    }

    @Test
    void everyJavaBlockNamesTheSourceItIsTakenFrom() throws IOException {
        List<Snippet> all = snippets();

        assertThat(all).as("java blocks in README.md").hasSizeGreaterThanOrEqualTo(5);
        assertThat(all).filteredOn(s -> s.source() == null)
                .as("java blocks without a <!-- snippet: SourceFileName --> line before them (README.md line)")
                .extracting(Snippet::line).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockAppearsVerbatimInCompiledExampleCode() throws IOException {
        return snippets().stream().filter(s -> s.source() != null).map(s -> DynamicTest.dynamicTest(
                "README.md line " + s.line() + ": " + s.source(), () -> {
                    Path file = find(s.source());
                    List<String> code = lines(Files.readString(file, StandardCharsets.UTF_8));
                    List<String> snippet = lines(s.code());
                    assertThat(containsRun(code, snippet))
                            .as("the java block at README.md line %d must appear (ignoring indentation and blank "
                                    + "lines) in %s; copy it from there again:%n%s", s.line(), file, s.code())
                            .isTrue();
                }));
    }

    private static Path find(String name) throws IOException {
        String fileName = name.endsWith(".java") ? name : name + ".java";
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().equals(fileName)).toList();
            assertThat(found).as("example source %s under %s", fileName, SOURCES.toAbsolutePath()).hasSize(1);
            return found.get(0);
        }
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static boolean containsRun(List<String> code, List<String> snippet) {
        if (snippet.isEmpty()) {
            return false;
        }
        for (int i = 0; i + snippet.size() <= code.size(); i++) {
            if (code.subList(i, i + snippet.size()).equals(snippet)) {
                return true;
            }
        }
        return false;
    }
}
