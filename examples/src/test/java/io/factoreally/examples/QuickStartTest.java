package io.factoreally.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import io.factoreally.AnalysisResult;
import io.factoreally.CreateOptions;
import io.factoreally.Factory;
import io.factoreally.FactoreallyException;
import io.factoreally.FactorySpec;
import io.factoreally.Overrides;
import io.factoreally.SpecCreator;
import io.factoreally.examples.users.User;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Quick start, in plain code (no JUnit extension): each block there is copied from here. */
class QuickStartTest {

    @Test
    void createASpecFromSampleData(@TempDir Path dir) {
        AnalysisResult result = SpecCreator.analyze(Path.of("src/main/resources/data/users.json"),
                CreateOptions.defaults().model(User.class).minOccurrences(5));
        FactorySpec spec = result.spec();
        spec.write(dir.resolve("user.spec.json"));                  // atomic; stable byte for byte

        assertThat(result.records()).isEqualTo(1000);
        assertThat(result.dynamicMaps()).as("metadata, a Map in the model").isEqualTo(1);
        assertThat(result.withheldValues()).as("rare strings kept out of the spec").isNotEmpty();
        assertThat(FactorySpec.read(dir.resolve("user.spec.json")).toJson()).isEqualTo(spec.toJson());
    }

    @Test
    void factoriesBuildRecordsMapsAndTypedModels() {
        Factory users = Factory.of("user.spec.json").seed(42);      // a file, else a classpath resource
        Map<String, Object> one = users.build();                     // keys in spec order
        User typed = users.build(User.class);                        // records, POJOs, java.time, UUID, enums
        List<User> many = users.build(1000, User.class);
        Stream<User> endless = users.stream(User.class);             // lazy and endless

        assertThat(one).containsKeys("id", "email", "address", "tags", "metadata");
        assertThat(List.copyOf(one.keySet()).get(0)).isEqualTo("id");
        assertThat(typed.email()).contains("@");
        assertThat(many).hasSize(1000).allSatisfy(u -> assertThat(u.age()).isBetween(18, 90));
        assertThat(endless.limit(3)).hasSize(3);
    }

    @Test
    void theSameSeedGivesTheSameRecordsEverywhere() {
        Factory users = Factory.of("user.spec.json").seed(42);
        List<Map<String, Object>> first = users.build(10);
        Map<String, Object> seventh = Factory.of("user.spec.json").seed(42).recordAt(7);
        List<Map<String, Object>> parallel = Factory.of("user.spec.json").seed(42).stream().parallel()
                .limit(10).toList();

        assertThat(seventh).isEqualTo(first.get(7));
        assertThat(parallel).isEqualTo(first);
        assertThat(users.seed(43).recordAt(7)).isNotEqualTo(seventh);
    }

    @Test
    void overridesOfEveryKind() {
        Factory users = Factory.of("user.spec.json").seed(42);
        AtomicLong ids = new AtomicLong();
        Factory custom = users
                .with("is_active", false)                                          // static value
                .with("address.city", "Lisbon")                                    // nested field
                .with("tags[0]", "vip")                                            // one array element
                .with("metadata.plan", "enterprise")                               // a key of a dynamic map
                .with("id", () -> "user-" + ids.incrementAndGet())                // Supplier, once per record
                .with("email", (String email) -> email.toUpperCase(Locale.ROOT))   // function of the value
                .with("bio", (String bio, Map<String, Object> user) ->             // ... of the value and record
                        "Lives in " + ((Map<?, ?>) user.get("address")).get("city"));

        List<Map<String, Object>> built = custom.build(50);

        assertThat(built).allSatisfy(u -> {
            assertThat(u).containsEntry("is_active", false).containsEntry("bio", "Lives in Lisbon");
            assertThat(u.get("address")).asInstanceOf(MAP).containsEntry("city", "Lisbon");
            assertThat((List<?>) u.get("tags")).first().isEqualTo("vip");
            assertThat(u.get("metadata")).asInstanceOf(MAP).containsEntry("plan", "enterprise");
            assertThat((String) u.get("email")).isUpperCase();
        });
        assertThat(built).extracting(u -> u.get("id")).containsExactly(
                Stream.iterate(1, i -> i + 1).limit(50).map(i -> "user-" + i).toArray());
        // Overriding one field changes no other field of the record.
        assertThat(built.get(3).get("created_at")).isEqualTo(users.recordAt(3).get("created_at"));
    }

    @Test
    void overridesParsedFromText() {
        Factory users = Factory.of("user.spec.json").seed(42);
        Map<String, Object> user = users.build(
                Overrides.parse("age=42", "is_active=true", "nickname=null", "tags=[\"a\",\"b\"]", "country=PT"));

        assertThat(user).containsEntry("age", 42L)                   // JSON literals: integers are Long
                .containsEntry("is_active", true)
                .containsEntry("nickname", null)
                .containsEntry("tags", List.of("a", "b"))
                .containsEntry("country", "PT");                      // not JSON: a string
    }

    @Test
    void anUnknownPathFailsAtOnceNamingTheClosestPaths() {
        Factory users = Factory.of("user.spec.json");

        assertThatThrownBy(() -> users.with("adress.city", "Lisbon"))
                .isInstanceOf(FactoreallyException.class)
                .hasMessageContaining("adress.city")
                .hasMessageContaining("address.city");
    }
}
