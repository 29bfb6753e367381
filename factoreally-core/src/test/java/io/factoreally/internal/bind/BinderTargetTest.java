package io.factoreally.internal.bind;

import io.factoreally.FactoreallyException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A type resolved once ({@link Binder.Target}) binds exactly like binding by class, errors included,
 * also when the record's tokens are written directly ({@link PlainTokens}).
 */
class BinderTargetTest {
    /** The core tests' person spec: UUIDs, numbers, dates, nulls, nested objects and arrays. */
    static final String SPEC = "specs/person.spec.json";

    record Item(String name, int qty) {
    }

    record Person(UUID id, String name, int age, BigDecimal score, Instant created, LocalDate day, Optional<String> nickname,
                  List<String> tags, List<Item> items) {
    }

    record WrongAge(UUID age) {
    }

    enum Tier { free, pro }

    record WrongQty(Tier qty) {
    }

    record WrongItems(List<WrongQty> items) {
    }

    @Test
    void bindsTheSameObjectsAsBindingByClass() {
        Factory factory = Factory.of(SPEC).seed(7);
        Binder.Target<Person> target = Binder.target(Person.class);
        assertThat(target.type()).isEqualTo(Person.class);
        List<Object> records = factory.seed(7).stream().limit(300).map(r -> (Object) r).toList();
        int withoutNickname = 0;
        for (Object record : records) {
            Person byTarget = Binder.bind(record, target);
            assertThat(byTarget).isEqualTo(Binder.bind(record, Person.class));
            withoutNickname += byTarget.nickname().isEmpty() ? 1 : 0;
        }
        assertThat(withoutNickname).as("nulls bound too").isBetween(1, 299);
        assertThat(records.stream().map(r -> Binder.bind(r, target)).toList())
                .isEqualTo(factory.seed(7).build(300, Person.class));
    }

    /**
     * Every spec the original wrote, bound as a tree and as a map: the tree keeps each number's token
     * type (int, long, double), so it shows the directly written tokens are Jackson's own.
     */
    @Test
    void everyShippedSpecBindsToTheSameTreesAndMapsAsThroughJacksonsSerializer() throws IOException {
        List<Path> specs;
        try (Stream<Path> files = Files.list(Path.of("../../shared/specs"))) {
            specs = files.filter(f -> f.toString().endsWith(".spec.json")).sorted().toList();
        }
        assertThat(specs).hasSizeGreaterThan(5);
        Binder.Target<JsonNode> tree = Binder.target(JsonNode.class);
        Binder.Target<Map> map = Binder.target(Map.class);
        int plain = 0;
        for (Path spec : specs) {
            Factory factory = Factory.of(FactorySpec.read(spec)).seed(11);
            for (int i = 0; i < 40; i++) {
                Object record = factory.buildValue();
                if (record instanceof Map<?, ?> m && PlainTokens.of(m, new ObjectMapper()) != null) {
                    plain++;
                }
                assertThat(Binder.bind(record, tree)).as(spec + " #" + i).isEqualTo(Binder.bind(record, JsonNode.class));
                assertThat(Binder.bind(record, map)).as(spec + " #" + i).isEqualTo(Binder.bind(record, Map.class));
            }
        }
        assertThat(plain).as("records written directly").isGreaterThan(specs.size() * 40 / 2);
    }

    @Test
    void aRecordWithOtherValueTypesIsLeftToJackson() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", UUID.randomUUID());
        record.put("name", "x");
        assertThat(PlainTokens.of(record, new ObjectMapper())).isNull();
        assertThat(PlainTokens.of(Map.of(1, "a"), new ObjectMapper())).as("non-string key").isNull();
        assertThat(PlainTokens.of(Map.of("n", BigDecimal.ONE), new ObjectMapper())).isNull();
        assertThat(PlainTokens.of(Map.of("n", List.of(1L, "a", 2.5, true)), new ObjectMapper())).isNotNull();
        Person bound = Binder.bind(Map.of("id", record.get("id"), "name", "x", "age", 3), Binder.target(Person.class));
        assertThat(bound.id()).isEqualTo(record.get("id"));
        assertThat(bound.age()).isEqualTo(3);
    }

    @Test
    void aValueThatDoesNotFitFailsWithTheSameMessage() {
        Object record = Factory.of(SPEC).seed(3).buildValue();
        FactoreallyException byTarget = catchThrowableOfType(FactoreallyException.class,
                () -> Binder.bind(record, Binder.target(WrongAge.class)));
        FactoreallyException byClass = catchThrowableOfType(FactoreallyException.class,
                () -> Binder.bind(record, WrongAge.class));
        assertThat(PlainTokens.of((Map<?, ?>) record, new ObjectMapper())).as("written directly").isNotNull();
        assertThat(byTarget).isNotNull();
        assertThat(byTarget.getMessage()).isEqualTo(byClass.getMessage())
                .startsWith("cannot build " + WrongAge.class.getTypeName() + ": JSON field \"age\" with value ");
        Object withItems = Factory.of(SPEC).seed(3).stream().filter(r -> !((List<?>) r.get("items")).isEmpty())
                .findFirst().orElseThrow();
        FactoreallyException nested = catchThrowableOfType(FactoreallyException.class,
                () -> Binder.bind(withItems, Binder.target(WrongItems.class)));
        assertThat(nested.getMessage()).isEqualTo(catchThrowableOfType(FactoreallyException.class,
                () -> Binder.bind(withItems, WrongItems.class)).getMessage()).contains("JSON field \"items[0].qty\"");
    }
}
