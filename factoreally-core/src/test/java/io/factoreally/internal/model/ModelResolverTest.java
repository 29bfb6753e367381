package io.factoreally.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.factoreally.CreateOptions;
import io.factoreally.FactoreallyException;
import io.factoreally.internal.model.fixtures.FxUniqueInvoice;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelResolverTest {

    private static final String FIXTURES = "io.factoreally.internal.model.fixtures";

    @Test
    void resolvesAFullyQualifiedName() {
        assertThat(ModelResolver.resolve(FIXTURES + ".FxUniqueInvoice", List.of())).isEqualTo(FxUniqueInvoice.class);
    }

    @Test
    void resolvesASimpleNameAQualifiedSuffixAndNestedClasses() {
        assertThat(ModelResolver.resolve("FxUniqueInvoice", List.of())).isEqualTo(FxUniqueInvoice.class);
        assertThat(ModelResolver.resolve("fixtures.FxUniqueInvoice", List.of())).isEqualTo(FxUniqueInvoice.class);
        assertThat(ModelResolver.resolve("FxUniqueInvoice.Line", List.of())).isEqualTo(FxUniqueInvoice.Line.class);
        assertThat(ModelResolver.resolve(FIXTURES + ".FxUniqueInvoice$Line", List.of()))
                .isEqualTo(FxUniqueInvoice.Line.class);
        assertThat(ModelResolver.resolve(FIXTURES + ".FxUniqueInvoice.Line", List.of()))
                .isEqualTo(FxUniqueInvoice.Line.class);
    }

    @Test
    void anAmbiguousSimpleNameListsEveryMatch() {
        assertThatThrownBy(() -> ModelResolver.resolve("FxAmbiguousOrder", List.of()))
                .isInstanceOf(FactoreallyException.class)
                .hasMessage("Model class name 'FxAmbiguousOrder' is ambiguous, it matches 2 classes: "
                        + FIXTURES + ".a.FxAmbiguousOrder, " + FIXTURES + ".b.FxAmbiguousOrder; give the fully"
                        + " qualified name");
        assertThat(ModelResolver.resolve("b.FxAmbiguousOrder", List.of()).getName())
                .isEqualTo(FIXTURES + ".b.FxAmbiguousOrder");
    }

    @Test
    void anUnknownNameListsTheClosestNames() {
        assertThatThrownBy(() -> ModelResolver.resolve("FxAmbigousOrdr", List.of()))
                .isInstanceOf(FactoreallyException.class)
                .hasMessage("Model class 'FxAmbigousOrdr' not found on the classpath; closest names: "
                        + FIXTURES + ".a.FxAmbiguousOrder, " + FIXTURES + ".b.FxAmbiguousOrder");
        assertThatThrownBy(() -> ModelResolver.resolve("Qqqqqqqqqqqqqqqqqqqqqqqqq", List.of()))
                .hasMessage("Model class 'Qqqqqqqqqqqqqqqqqqqqqqqqq' not found on the classpath; no similar class"
                        + " names found");
    }

    @Test
    void invalidNamesAndMissingClasspathEntriesAreReported(@TempDir Path dir) {
        assertThatThrownBy(() -> ModelResolver.resolve("not a class", List.of()))
                .isInstanceOf(FactoreallyException.class)
                .hasMessage("Invalid model class name 'not a class': expected a Java class name such as User or"
                        + " com.example.User");
        Path missing = dir.resolve("nope.jar");
        assertThatThrownBy(() -> ModelResolver.resolve("X", List.of(missing)))
                .hasMessage("Classpath entry not found: " + missing);
    }

    @Test
    void closestNamesRankByEditDistance() {
        assertThat(ClosestNames.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(ClosestNames.find("Contry", List.of("a.Country", "b.Counter", "c.Entry", "d.Unrelated"), 5))
                .containsExactly("a.Country", "c.Entry"); // Counter is 3 edits away
    }

    // ---- extra classpath: classes compiled and jarred during the test ----

    private static final String ORDER = """
            package com.acme.shop;
            import com.fasterxml.jackson.annotation.JsonProperty;
            import java.util.Map;
            public class ShopOrder {
                @JsonProperty("line_items") public Map<String, ShopLine> lines;
                public String id;
            }
            """;
    private static final String LINE = """
            package com.acme.shop;
            import java.util.List;
            import java.util.Map;
            public record ShopLine(String sku, List<Map<String, String>> options) {
            }
            """;

    @Test
    void loadsAModelFromAJarBuiltDuringTheTest(@TempDir Path dir) throws Exception {
        Path classes = compile(dir);
        Path jar = dir.resolve("shop-models.jar");
        jar(classes, jar);

        Class<?> order = ModelResolver.resolve("ShopOrder", List.of(jar));
        assertThat(order.getName()).isEqualTo("com.acme.shop.ShopOrder");
        assertThat(order.getClassLoader()).isNotSameAs(getClass().getClassLoader());
        // The nested model loads lazily through the same loader, and Jackson sees the same annotations.
        assertThat(ModelIntrospector.introspect(order))
                .isEqualTo(new ModelShape(Set.of("line_items", "line_items.{}.options[]"), Set.of()));
        assertThat(CreateOptions.defaults().modelName("com.acme.shop.ShopOrder", List.of(jar)).model().getName())
                .isEqualTo("com.acme.shop.ShopOrder");
    }

    @Test
    void loadsAModelFromAClassesDirectoryAndSuggestsNamesFromIt(@TempDir Path dir) throws Exception {
        Path classes = compile(dir);
        assertThat(ModelResolver.resolve("com.acme.shop.ShopLine", List.of(classes)).getName())
                .isEqualTo("com.acme.shop.ShopLine");
        assertThatThrownBy(() -> ModelResolver.resolve("ShopOrdr", List.of(classes)))
                .hasMessage("Model class 'ShopOrdr' not found on the classpath or " + classes
                        + "; closest names: com.acme.shop.ShopOrder");
    }

    @Test
    void aModelWhoseReferencedClassIsMissingFailsWithTheMissingName(@TempDir Path dir) throws Exception {
        Path classes = compile(dir);
        Files.delete(classes.resolve("com/acme/shop/ShopLine.class"));
        Class<?> order = ModelResolver.resolve("ShopOrder", List.of(classes));
        assertThatThrownBy(() -> ModelIntrospector.introspect(order))
                .isInstanceOf(FactoreallyException.class)
                .hasMessage("Cannot read model com.acme.shop.ShopOrder: class com.acme.shop.ShopLine, which it uses,"
                        + " is not on the classpath");
    }

    private static Path compile(Path dir) throws IOException, URISyntaxException {
        Path src = Files.createDirectories(dir.resolve("src/com/acme/shop"));
        Files.writeString(src.resolve("ShopOrder.java"), ORDER);
        Files.writeString(src.resolve("ShopLine.java"), LINE);
        Path out = Files.createDirectories(dir.resolve("classes"));
        Path annotations = Path.of(JsonProperty.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", out.toString(), "-classpath", annotations.toString(),
                src.resolve("ShopOrder.java").toString(), src.resolve("ShopLine.java").toString());
        assertThat(rc).as("javac exit code").isZero();
        return out;
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
    }
}
