package io.factoreally.junit5;

import io.factoreally.FactoreallyException;
import io.factoreally.FactorySpec;
import io.factoreally.Factory;
import io.factoreally.Overrides;
import io.factoreally.junit5.model.Address;
import io.factoreally.junit5.model.Unbindable;
import io.factoreally.junit5.model.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every configuration and lookup error, with its exact message. */
class ErrorMessagesTest {

    static String cwd(String name) {
        return Path.of(name).toAbsolutePath().normalize().toString();
    }

    static class Errors {
        @Test
        void notFound(@Realistic(spec = "nope.spec.json") Map<String, Object> m) {
        }

        @Test
        void noSpec(@Realistic Map<String, Object> m) {
        }

        @Test
        void unsupported(@Realistic(spec = "user.spec.json") Integer n) {
        }

        @Test
        void unsupportedList(@Realistic(spec = "user.spec.json") List<User> users) {
        }

        @Test
        void unsupportedBatch(@RealisticBatch(spec = "user.spec.json") Map<String, Object> m) {
        }

        @Test
        void unsupportedElement(@RealisticBatch(spec = "user.spec.json") List<Integer> m) {
        }

        @Test
        void negativeSize(@RealisticBatch(spec = "user.spec.json", size = -1) List<User> users) {
        }

        @Test
        void invalidSpec(@Realistic(spec = "specs/broken.spec.json") Map<String, Object> m) {
        }

        @Test
        void conventionNotFound(@Realistic Address a) {
        }

        @Test
        void both(@Realistic @RealisticBatch List<User> u) {
        }
    }

    @Test
    void parameterErrorsSayWhatAndWhere() {
        EngineExecutionResults results = TestKit.run(Errors.class);
        String of = " of ErrorMessagesTest.Errors.";
        String problem = catchThrowableOfType(FactoreallyException.class,
                () -> FactorySpec.fromResource("specs/broken.spec.json")).getMessage();
        assertThat(TestKit.failures(results)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "notFound(Map)", "ParameterResolutionException: spec not found for @Realistic on parameter [0] 'm'" + of
                        + "notFound(Map); looked for classpath resource 'nope.spec.json', file '" + cwd("nope.spec.json") + "'",
                "noSpec(Map)", "ParameterResolutionException: no spec for @Realistic on parameter [0] 'm'" + of + "noSpec(Map):"
                        + " name one with spec = \"...\", put @RealisticSpec(\"...\") on the test class, or use a model class"
                        + " whose spec is found by convention (UserModel -> user-model.spec.json)",
                "unsupported(Integer)", "ParameterResolutionException: @Realistic cannot inject Integer into parameter [0] 'n'"
                        + of + "unsupported(Integer): supported are a model class or record, Map<String, Object>, JsonNode,"
                        + " String (JSON) and Factory",
                "unsupportedList(List)", "ParameterResolutionException: @Realistic cannot inject List<User> into parameter [0]"
                        + " 'users'" + of + "unsupportedList(List): supported are a model class or record, Map<String, Object>,"
                        + " JsonNode, String (JSON) and Factory; for several records use @RealisticBatch",
                "unsupportedBatch(Map)", "ParameterResolutionException: @RealisticBatch cannot inject Map<String, Object> into"
                        + " parameter [0] 'm'" + of + "unsupportedBatch(Map): supported are List<T>, Set<T>, Collection<T>,"
                        + " Stream<T> and T[] where T is a model class or record, Map<String, Object>, JsonNode, String (JSON)",
                "unsupportedElement(List)", "ParameterResolutionException: @RealisticBatch cannot inject List<Integer> into"
                        + " parameter [0] 'm'" + of + "unsupportedElement(List): supported are List<T>, Set<T>, Collection<T>,"
                        + " Stream<T> and T[] where T is a model class or record, Map<String, Object>, JsonNode, String (JSON)",
                "negativeSize(List)", "ParameterResolutionException: @RealisticBatch size must be at least 0, was -1, on"
                        + " parameter [0] 'users'" + of + "negativeSize(List)",
                "invalidSpec(Map)", "ParameterResolutionException: spec classpath:specs/broken.spec.json for @Realistic on"
                        + " parameter [0] 'm'" + of + "invalidSpec(Map) does not load: " + problem,
                "conventionNotFound(Address)", "ParameterResolutionException: spec not found for @Realistic on parameter [0] 'a'"
                        + of + "conventionNotFound(Address); looked for classpath resource 'address.spec.json', file '"
                        + cwd("address.spec.json") + "', classpath resource 'Address.spec.json', file '"
                        + cwd("Address.spec.json") + "' (names by convention from Address)",
                "both(List)", "ParameterResolutionException: both @Realistic and @RealisticBatch on parameter [0] 'u'" + of
                        + "both(List): use one of them"));
        assertThat(problem).contains("broken.spec.json");
    }

    @Seed(1)
    static class DataErrors {
        @Test
        void unknownOverride(@Realistic(spec = "user.spec.json", overrides = "rol=admin") User u) {
        }

        @Test
        void malformedOverride(@Realistic(spec = "user.spec.json", overrides = "role") User u) {
        }

        @Test
        void unbindable(@Realistic(spec = "user.spec.json") Unbindable u) {
        }
    }

    @Test
    void overrideAndBindingErrorsCarryTheCoresDiagnosis() {
        String of = " of ErrorMessagesTest.DataErrors.";
        FactorySpec spec = FactorySpec.fromResource("user.spec.json");
        String unknown = catchThrowableOfType(FactoreallyException.class,
                () -> Factory.of(spec).with(Overrides.parse("rol=admin")).build()).getMessage();
        String malformed = catchThrowableOfType(FactoreallyException.class,
                () -> Factory.of(spec).with(Overrides.parse("role")).build()).getMessage();
        String unbindable = catchThrowableOfType(FactoreallyException.class,
                () -> Expected.factory("user.spec.json", 1, 0).build(Unbindable.class)).getMessage();
        assertThat(unknown).contains("rol", "role");
        assertThat(unbindable).contains("name", "int");
        assertThat(TestKit.failures(TestKit.run(DataErrors.class))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "unknownOverride(User)", "ParameterResolutionException: bad override for @Realistic on parameter [0] 'u'"
                        + of + "unknownOverride(User) [rol=admin]: " + unknown,
                "malformedOverride(User)", "ParameterResolutionException: bad override for @Realistic on parameter [0] 'u'"
                        + of + "malformedOverride(User) [role]: " + malformed,
                "unbindable(Unbindable)", "ParameterResolutionException: @Realistic on parameter [0] 'u'" + of
                        + "unbindable(Unbindable) (spec classpath:user.spec.json, type Unbindable): " + unbindable));
    }

    static class BadFieldType {
        @Realistic(spec = "user.spec.json")
        Integer n;

        @Test
        void t() {
        }
    }

    @Test
    void unsupportedFieldTypeSaysWhichField() {
        assertThat(TestKit.failures(TestKit.run(BadFieldType.class))).containsExactlyEntriesOf(Map.of("t()",
                "ExtensionConfigurationException: @Realistic cannot inject Integer into field ErrorMessagesTest.BadFieldType.n:"
                        + " supported are a model class or record, Map<String, Object>, JsonNode, String (JSON) and Factory"));
    }

    static class StaticField {
        @Realistic(spec = "user.spec.json")
        static User user;

        @Test
        void t() {
        }
    }

    static class FinalField {
        @RealisticBatch(spec = "user.spec.json")
        final List<User> users = null;

        @Test
        void t() {
        }
    }

    @Test
    void fieldErrorsSayWhichField() {
        assertThat(TestKit.failures(TestKit.run(StaticField.class))).containsExactlyEntriesOf(Map.of("t()",
                "ExtensionConfigurationException: @Realistic cannot inject static field ErrorMessagesTest.StaticField.user:"
                        + " make it an instance field"));
        assertThat(TestKit.failures(TestKit.run(FinalField.class))).containsExactlyEntriesOf(Map.of("t()",
                "ExtensionConfigurationException: @RealisticBatch cannot inject final field ErrorMessagesTest.FinalField.users:"
                        + " remove 'final'"));
    }

    static class SourceErrors {
        @ParameterizedTest
        @RealisticSource(spec = "user.spec.json", count = -1)
        void negative(User user) {
        }

        @ParameterizedTest
        @RealisticSource(spec = "user.spec.json")
        void unsupported(Integer n) {
        }

        @ParameterizedTest
        @RealisticSource(spec = "nope.spec.json")
        void notFound(Map<String, Object> m) {
        }
    }

    @Test
    void sourceErrorsSayWhichTest() {
        assertThat(TestKit.failures(TestKit.run(SourceErrors.class))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "negative(User)", "ExtensionConfigurationException: @RealisticSource count must be at least 0, was -1, on"
                        + " ErrorMessagesTest.SourceErrors.negative(User)",
                "unsupported(Integer)", "ExtensionConfigurationException: @RealisticSource cannot provide Integer for"
                        + " ErrorMessagesTest.SourceErrors.unsupported(Integer): supported are a model class or record,"
                        + " Map<String, Object>, JsonNode, String (JSON)",
                "notFound(Map)", "ExtensionConfigurationException: spec not found for @RealisticSource on"
                        + " ErrorMessagesTest.SourceErrors.notFound(Map); looked for classpath resource 'nope.spec.json', file '"
                        + cwd("nope.spec.json") + "'"));
    }

    static class AnyData {
        @Test
        void t(@Realistic(spec = "user.spec.json") Map<String, Object> m) {
        }
    }

    @Test
    void badRunSeedSaysWhichParameter() {
        assertThat(TestKit.failures(TestKit.run(AnyData.class, "factoreally.seed", "12ab"))).containsExactlyEntriesOf(Map.of(
                "t(Map)", "ParameterResolutionException: configuration parameter factoreally.seed must be a whole number (a long), was '12ab'"));
    }

}
