package io.factoreally.junit5;

import io.factoreally.junit5.model.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every place an annotation can sit: fields (inherited, nested, per-class), constructors, templates, factories. */
class PlacementTest {
    static final String SPEC = "user.spec.json";

    abstract static class Base {
        @Realistic(spec = SPEC)
        User inherited;
    }

    /** Registered only through the fields' annotations: injected before each test. */
    @Seed(7)
    static class FieldsOnly extends Base {
        @RealisticBatch(spec = SPEC, size = 3)
        List<User> users;

        @BeforeEach
        void seenInBeforeEach() {
            assertThat(users).hasSize(3);
        }

        @Test
        void t(TestReporter r) {
            r.publishEntry("inherited", inherited.toString());
            r.publishEntry("users", users.toString());
        }
    }

    /** Registered on the class: injected right after instantiation. */
    @Seed(7)
    @ExtendWith(FactoreallyExtension.class)
    static class Registered extends Base {
        @Test
        void t(TestReporter r) {
            r.publishEntry("inherited", inherited.toString());
        }
    }

    @Test
    void fieldsIncludingInheritedOnes() {
        EngineExecutionResults a = TestKit.run(FieldsOnly.class);
        EngineExecutionResults b = TestKit.run(Registered.class);
        assertThat(TestKit.failures(a)).isEmpty();
        assertThat(TestKit.failures(b)).isEmpty();
        String expected = Expected.factory(SPEC, 7, Expected.fieldKey(Base.class, "inherited")).build(User.class).toString();
        assertThat(TestKit.entries(a, "inherited")).containsExactlyEntriesOf(Map.of("t(TestReporter)", expected));
        assertThat(TestKit.entries(b, "inherited")).containsExactlyEntriesOf(Map.of("t(TestReporter)", expected));
        assertThat(TestKit.entries(a, "users")).containsExactlyEntriesOf(Map.of("t(TestReporter)",
                Expected.factory(SPEC, 7, Expected.fieldKey(FieldsOnly.class, "users")).build(3, User.class).toString()));
    }

    @Seed(7)
    @RealisticSpec(SPEC)
    static class Outer {
        @Realistic
        Map<String, Object> outerField;

        @Nested
        class Inner {
            @Realistic
            User innerField;

            @Test
            void t(@Realistic User parameter, TestReporter r) {
                r.publishEntry("value", outerField + " | " + innerField + " | " + parameter);
            }
        }
    }

    @Test
    void nestedClassesSeeOuterFieldsAndTheClassDefaultSpec() {
        EngineExecutionResults results = TestKit.run(Outer.class);
        assertThat(TestKit.failures(results)).isEmpty();
        String expected = Expected.factory(SPEC, 7, Expected.fieldKey(Outer.class, "outerField")).build() + " | "
                + Expected.factory(SPEC, 7, Expected.fieldKey(Outer.Inner.class, "innerField")).build(User.class) + " | "
                + Expected.factory(SPEC, 7, 0).build(User.class);
        assertThat(TestKit.entries(results, "value")).containsExactlyEntriesOf(Map.of("t(User, TestReporter)", expected));
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class PerClass {
        @Realistic(spec = SPEC)
        User shared;

        @Test
        void a(TestReporter r) {
            r.publishEntry("value", shared.toString());
        }

        @Test
        void b(TestReporter r) {
            r.publishEntry("value", shared.toString());
        }
    }

    @Test
    void perClassInstanceIsInjectedOnceWithTheClassSeed() {
        EngineExecutionResults results = TestKit.run(PerClass.class, "factoreally.seed", "5");
        long classSeed = Expected.testSeed(5, "[engine:junit-jupiter]/[class:" + PerClass.class.getName() + "]");
        String expected = Expected.factory(SPEC, classSeed, Expected.fieldKey(PerClass.class, "shared")).build(User.class).toString();
        assertThat(TestKit.entries(results, "value")).containsExactlyInAnyOrderEntriesOf(
                Map.of("a(TestReporter)", expected, "b(TestReporter)", expected));
    }

    static class Constructor {
        final User user;

        Constructor(@Realistic(spec = SPEC) User user) {
            this.user = user;
        }

        @Test
        void t(TestReporter r) {
            r.publishEntry("value", user.toString());
        }
    }

    @Test
    void constructorParameters() {
        EngineExecutionResults results = TestKit.run(Constructor.class);
        assertThat(TestKit.failures(results)).isEmpty();
        assertThat(TestKit.entries(results, "value")).hasSize(1);
    }

    static class Templates {
        @RepeatedTest(3)
        void repeated(@Realistic(spec = SPEC) User user, TestReporter r) {
            r.publishEntry("value", user.toString());
        }

        @Seed(11)
        @RepeatedTest(3)
        void repeatedPinned(@Realistic(spec = SPEC) User user, TestReporter r) {
            r.publishEntry("value", user.toString());
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        void parameterized(int n, @Realistic(spec = SPEC) User user, TestReporter r) {
            r.publishEntry("value", n + " " + user);
        }

        @TestFactory
        Stream<DynamicTest> factory(@RealisticBatch(spec = SPEC, size = 4) List<User> users) {
            return users.stream().map(u -> DynamicTest.dynamicTest(u.id(), () -> assertThat(u.age()).isBetween(18, 90)));
        }
    }

    @Test
    void repeatedParameterizedAndFactoryTests() {
        EngineExecutionResults results = TestKit.run(Templates.class, "factoreally.seed", "3");
        assertThat(TestKit.failures(results)).isEmpty();
        results.testEvents().assertStatistics(s -> s.succeeded(3 + 3 + 2 + 4).failed(0));
        List<String> values = results.testEvents().reportingEntryPublished().stream()
                .map(e -> e.getTestDescriptor().getUniqueId() + " -> "
                        + e.getPayload(org.junit.platform.engine.reporting.ReportEntry.class).orElseThrow()
                        .getKeyValuePairs().get("value"))
                .toList();
        assertThat(values).hasSize(8);
        for (String line : values) {
            String uniqueId = line.substring(0, line.indexOf(" -> "));
            String value = line.substring(line.indexOf(" -> ") + 4);
            boolean pinned = uniqueId.contains("repeatedPinned");
            long testSeed = pinned ? 11 : Expected.testSeed(3, uniqueId);
            int index = uniqueId.contains("parameterized") ? 1 : 0;
            String user = Expected.factory(SPEC, testSeed, index).build(User.class).toString();
            assertThat(value).as(uniqueId).endsWith(user);
        }
        assertThat(values.stream().filter(v -> v.contains("[test-template:repeated(")).map(v -> v.substring(v.indexOf(" -> ")))
                .distinct()).as("each repetition gets its own data").hasSize(3);
        assertThat(values.stream().filter(v -> v.contains("repeatedPinned")).map(v -> v.substring(v.indexOf(" -> ")))
                .distinct()).as("@Seed pins every repetition").hasSize(1);
    }

    @RealisticSpec("src/test/disk/disk-only.spec.json")
    static class FromDisk {
        @Test
        void t(@Realistic Map<String, Object> line, TestReporter r) {
            r.publishEntry("value", String.valueOf(line.get("sku")));
        }
    }

    @Test
    void specFileRelativeToTheWorkingDirectory() {
        EngineExecutionResults results = TestKit.run(FromDisk.class);
        assertThat(TestKit.failures(results)).isEmpty();
        assertThat(TestKit.entries(results, "value").values()).singleElement().asString().startsWith("DISK-");
    }

    static class Shadowed {
        @Test
        void t(@Realistic(spec = "src/test/disk/both.spec.json") Map<String, Object> line, TestReporter r) {
            r.publishEntry("value", String.valueOf(line.get("sku")));
        }
    }

    @Test
    void aClasspathResourceWinsOverAFileOfTheSameName() {
        EngineExecutionResults results = TestKit.run(Shadowed.class);
        assertThat(TestKit.failures(results)).isEmpty();
        assertThat(TestKit.entries(results, "value").values()).singleElement().asString().startsWith("CLASSPATH-");
    }

    /** A team's own annotation that bundles spec and overrides. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target({java.lang.annotation.ElementType.PARAMETER, java.lang.annotation.ElementType.FIELD})
    @Realistic(spec = SPEC, overrides = "role=admin")
    @interface Admin {
    }

    @Seed(5)
    static class Lifecycle {
        static String beforeAll;
        String beforeEach;

        @org.junit.jupiter.api.BeforeAll
        static void setUpClass(@Realistic(spec = SPEC) User user) {
            beforeAll = user.toString();
        }

        @BeforeEach
        void setUp(@Realistic(spec = SPEC) User user) {
            beforeEach = user.toString();
        }

        @Test
        void t(@Admin User admin, TestReporter r) {
            assertThat(admin.role()).isEqualTo("admin");
            r.publishEntry("value", beforeAll + " | " + beforeEach + " | " + admin);
        }
    }

    @Test
    void lifecycleMethodParametersAndComposedAnnotations() {
        EngineExecutionResults results = TestKit.run(Lifecycle.class);
        assertThat(TestKit.failures(results)).isEmpty();
        String admin = Expected.factory(SPEC, 5, 0).with(io.factoreally.Overrides.parse("role=admin")).build(User.class).toString();
        String beforeAll = Expected.factory(SPEC, 5, io.factoreally.internal.generate.Rng.hash("PlacementTest.Lifecycle.setUpClass(User):0"))
                .build(User.class).toString();
        String beforeEach = Expected.factory(SPEC, 5, io.factoreally.internal.generate.Rng.hash("PlacementTest.Lifecycle.setUp(User):0"))
                .build(User.class).toString();
        assertThat(beforeEach).as("lifecycle methods do not repeat the test's data").isNotEqualTo(
                Expected.factory(SPEC, 5, 0).build(User.class).toString());
        assertThat(TestKit.entries(results, "value")).containsExactlyEntriesOf(
                Map.of("t(User, TestReporter)", beforeAll + " | " + beforeEach + " | " + admin));
    }

    /** No class-level registration at all: only the outer field's annotation registers the extension. */
    @Seed(7)
    static class OuterFieldOnly {
        @Realistic(spec = SPEC)
        User outer;

        @Nested
        class Inner {
            @Test
            void t(TestReporter r) {
                r.publishEntry("value", outer.toString());
            }
        }
    }

    @Test
    void nestedTestsSeeOuterFieldsRegisteredOnlyByTheField() {
        EngineExecutionResults results = TestKit.run(OuterFieldOnly.class);
        assertThat(TestKit.failures(results)).isEmpty();
        assertThat(TestKit.entries(results, "value")).containsExactlyEntriesOf(Map.of("t(TestReporter)",
                Expected.factory(SPEC, 7, Expected.fieldKey(OuterFieldOnly.class, "outer")).build(User.class).toString()));
    }
}
