package io.factoreally.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factoreally.FactoreallyException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ModelIntrospectorTest {

    private static Set<String> dynamic(Class<?> model) {
        return ModelIntrospector.introspect(model).dynamicMapPaths();
    }

    private static Set<String> open(Class<?> model) {
        return ModelIntrospector.introspect(model).openPaths();
    }

    // ---- Jackson's view of names ----

    public static class Named {
        @JsonProperty("product_metrics")
        public Map<String, Integer> metrics;
        @JsonIgnore
        public Map<String, String> secret;
        public String plain;
        private Map<String, String> viaGetter;

        public Map<String, String> getViaGetter() {
            return viaGetter;
        }
    }

    @Test
    void namesComeFromJsonPropertyAndIgnoredPropertiesAreSkipped() {
        assertThat(dynamic(Named.class)).containsExactlyInAnyOrder("product_metrics", "viaGetter");
    }

    @JsonIgnoreProperties({"internal", "cache"})
    public record ClassLevelIgnore(Map<String, String> internal, Map<String, String> cache, Map<String, String> kept) {
    }

    @Test
    void classLevelIgnoredPropertiesAreSkipped() {
        assertThat(dynamic(ClassLevelIgnore.class)).containsExactly("kept");
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Snake(Map<String, Long> dailyTotals, Optional<Map<String, Boolean>> featureFlags, String userId) {
    }

    @Test
    void namingStrategyAndRecordComponentsAndOptionalMaps() {
        assertThat(dynamic(Snake.class)).containsExactlyInAnyOrder("daily_totals", "feature_flags");
    }

    enum Color { RED, GREEN }

    public static class CustomMap extends HashMap<String, Integer> {
        private static final long serialVersionUID = 1L;
    }

    public record MapKinds(SortedMap<String, String> sorted, EnumMap<Color, Integer> byColor, CustomMap custom,
                           ConcurrentHashMap<UUID, String> byId, Map<LocalDate, Integer> byDay,
                           TreeMap<Integer, String> byNumber, Optional<CustomMap> maybeCustom,
                           List<String> notAMap, String alsoNot, BigDecimal revenue, Instant at) {
    }

    @Test
    void everyMapKindAndKeyTypeIsDynamic() {
        assertThat(dynamic(MapKinds.class)).containsExactlyInAnyOrder("sorted", "byColor", "custom", "byId",
                "byDay", "byNumber", "maybeCustom");
        assertThat(open(MapKinds.class)).isEmpty();
    }

    // ---- generics ----

    public static class Envelope<T> {
        public T payload;
        public String kind;
    }

    public static class Bounded<M extends Map<String, String>> {
        public M attributes;
    }

    public static class Concrete extends Envelope<TreeMap<String, Integer>> {
    }

    public record Generic(Envelope<Map<String, Double>> scores, Envelope<Item> item, Bounded<TreeMap<String, String>> b) {
    }

    @Test
    void typeVariablesResolvingToMapsAreDynamic() {
        assertThat(dynamic(Generic.class)).containsExactlyInAnyOrder("scores.payload", "item.payload.attrs",
                "b.attributes");
        assertThat(dynamic(Concrete.class)).containsExactly("payload");
        assertThat(dynamic(Bounded.class)).containsExactly("attributes");
    }

    // ---- nesting through objects, collections, maps ----

    public record Item(String sku, Map<String, String> attrs) {
    }

    public record Nesting(Item single, Optional<Item> maybe, List<Item> list, Item[] array, Set<List<Item>> nested,
                          Map<String, Item> byKey, Map<String, List<Item>> listsByKey,
                          Map<String, Map<String, Integer>> mapOfMaps, List<Map<String, Integer>> listOfMaps,
                          Map<String, Optional<Item>> optionalValues) {
    }

    @Test
    void nestedModelsAreFollowedThroughEveryContainer() {
        assertThat(dynamic(Nesting.class)).containsExactlyInAnyOrder(
                "single.attrs", "maybe.attrs", "list[].attrs", "array[].attrs", "nested[][].attrs",
                "byKey", "byKey.{}.attrs",
                "listsByKey", "listsByKey.{}[].attrs",
                "mapOfMaps", "mapOfMaps.{}",
                "listOfMaps[]",
                "optionalValues", "optionalValues.{}.attrs");
    }

    public record Odd(@JsonProperty("a.b") Map<String, String> dotted, @JsonProperty("x[]") Item bracket) {
    }

    @Test
    void specialCharactersInNamesAreEscapedInPaths() {
        assertThat(dynamic(Odd.class)).containsExactlyInAnyOrder("a\\.b", "x\\[\\].attrs");
    }

    // ---- recursion ----

    public record Node(String id, Map<String, String> attrs, List<Node> children, Optional<Node> parent) {
    }

    public record Ping(Pong pong, Map<String, Integer> counts) {
    }

    public record Pong(Ping ping) {
    }

    @Test
    void recursiveModelsTerminateAfterAFewLevelsAndAreOpenWhereCut() {
        assertThat(dynamic(Node.class)).contains("attrs", "children[].attrs", "children[].children[].attrs",
                        "parent.attrs", "children[].parent.attrs")
                .doesNotContain("children[].children[].children[].attrs")
                .hasSize(7); // 1 + 2 + 4: each level doubles (children[], parent), three levels deep
        assertThat(open(Node.class)).hasSize(8).contains("children[].children[].children[]",
                "children[].parent.parent", "parent.parent.parent");
        assertThat(dynamic(Ping.class)).containsExactlyInAnyOrder("counts", "pong.ping.counts",
                "pong.ping.pong.ping.counts");
        assertThat(open(Ping.class)).containsExactly("pong.ping.pong.ping.pong.ping");
    }

    // ---- open paths ----

    public record Open(Object anything, JsonNode tree, ObjectNode obj, Map<String, Object> metadata,
                       Map<String, JsonNode> nodes, Map<String, ?> wildcard, List<Object> mixed, String name) {
    }

    @Test
    void objectJsonNodeAndMapsOfObjectAreOpen() {
        assertThat(open(Open.class)).containsExactlyInAnyOrder("anything", "tree", "obj", "metadata", "nodes",
                "wildcard", "mixed[]");
        assertThat(dynamic(Open.class)).containsExactlyInAnyOrder("metadata", "nodes", "wildcard");
    }

    @Test
    void aMapOrOpenRootIsOpenAtTheRoot() {
        assertThat(ModelIntrospector.introspect(CustomMap.class)).isEqualTo(new ModelShape(Set.of(), Set.of("")));
        assertThat(ModelIntrospector.introspect(JsonNode.class)).isEqualTo(new ModelShape(Set.of(), Set.of("")));
    }

    @Test
    void aScalarRootIsAnError() {
        assertThatThrownBy(() -> ModelIntrospector.introspect(String.class))
                .isInstanceOf(FactoreallyException.class)
                .hasMessage("Model java.lang.String is not a JSON object: Jackson does not write it as an object"
                        + " with properties");
    }

    // ---- any-setter / any-getter, unwrapping, subtypes ----

    public static class Extensible {
        public String id;
        private final Map<String, Object> extra = new HashMap<>();

        @JsonAnyGetter
        public Map<String, Object> getExtra() {
            return extra;
        }

        @JsonAnySetter
        public void put(String key, Object value) {
            extra.put(key, value);
        }
    }

    public static class PureAny {
        private final Map<String, Item> items = new HashMap<>();

        @JsonAnySetter
        public void put(String key, Item value) {
            items.put(key, value);
        }
    }

    public record WithAny(Extensible ext, PureAny byName) {
    }

    @Test
    void anySetterBeansAreOpenOrDynamic() {
        assertThat(open(WithAny.class)).containsExactly("ext");
        assertThat(dynamic(WithAny.class)).containsExactlyInAnyOrder("byName", "byName.{}.attrs");
    }

    public record Address(String city, Map<String, String> labels) {
    }

    public static class Person {
        public String name;
        @JsonUnwrapped(prefix = "home_")
        public Address home;
    }

    @Test
    void unwrappedPropertiesLandOnTheParentWithTheirPrefix() {
        assertThat(dynamic(Person.class)).containsExactly("home_labels");
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Click.class, name = "click"),
            @JsonSubTypes.Type(value = Purchase.class, name = "purchase")})
    public interface Event {
    }

    public record Click(Map<String, String> target) implements Event {
    }

    public record Purchase(Map<String, Integer> quantities) implements Event {
    }

    public record Stream(List<Event> events) {
    }

    @Test
    void declaredSubtypesContributeTheirMaps() {
        assertThat(dynamic(Stream.class)).containsExactlyInAnyOrder("events[].target", "events[].quantities");
    }

    // ---- the original's pydantic_models behaviours, translated (spec-format.md Part B section 10) ----

    @Nested
    class OriginalBehaviours {
        public record MetadataOnly(String name, Map<String, Object> metadata) {
        }

        public record Settings(Map<String, String> preferences, String theme) {
        }

        public record UserProfile(Map<String, Integer> userData, Settings settings, List<String> tags) {
        }

        public record Level2(Map<String, String> config) {
        }

        public record Level1(Map<String, Integer> metadata, Level2 level2) {
        }

        public record Deep(Level1 level1) {
        }

        public static class DailyStats extends TreeMap<LocalDate, Integer> {
            private static final long serialVersionUID = 1L;
        }

        public record WithDailyStats(DailyStats dailyStats) {
        }

        public record Scalars(Map<String, Object> anyValues, Map<String, String> strings, Map<Integer, String> byInt,
                              List<String> list, String text) {
        }

        @Test
        void mapOfAnyIsDetectedAlone() {
            assertThat(dynamic(MetadataOnly.class)).containsExactly("metadata");
        }

        @Test
        void nestedModelFieldsAreFoundAndListsOfStringsAreNot() {
            assertThat(dynamic(UserProfile.class)).containsExactlyInAnyOrder("userData", "settings.preferences");
        }

        @Test
        void deepNestingIsFollowed() {
            assertThat(dynamic(Deep.class)).containsExactlyInAnyOrder("level1.metadata", "level1.level2.config");
        }

        @Test
        void rootMapTypeAnalysedDirectlyAndAsAField() {
            // The original reports {"root"} and {"daily_stats", "daily_stats.root"} for a RootModel; in Java a
            // map subclass is just a map: open at the root, dynamic as a field, no useless ".root" path.
            assertThat(ModelIntrospector.introspect(DailyStats.class).openPaths()).containsExactly("");
            assertThat(dynamic(WithDailyStats.class)).containsExactly("dailyStats");
        }

        @Test
        void whichFieldTypesAreDynamic() {
            assertThat(dynamic(Scalars.class)).containsExactlyInAnyOrder("anyValues", "strings", "byInt");
        }

        public record Nested1(int height) {
        }

        public record Element(int age) {
        }

        public record Integration(String name, Optional<Map<String, String>> dynamic, Optional<Nested1> nested,
                                  Optional<List<Element>> elements) {
        }

        @Test
        void integrationModelOnlyDeclaresItsMap() {
            assertThat(ModelIntrospector.introspect(Integration.class))
                    .isEqualTo(new ModelShape(Set.of("dynamic"), Set.of()));
        }

        public record DailyMetric(int totalUsers) {
        }

        public record Action(String actionType, Instant timestamp) {
        }

        public record Metrics(Map<LocalDate, DailyMetric> dailyMetrics, Map<String, List<Action>> dailyActions,
                              Map<String, Map<String, Item>> nestedMaps) {
        }

        @Test
        void mapsOfModelsListsAndMapsGoFurtherThanTheOriginal() {
            assertThat(dynamic(Metrics.class)).containsExactlyInAnyOrder("dailyMetrics", "dailyActions",
                    "nestedMaps", "nestedMaps.{}", "nestedMaps.{}.{}.attrs");
        }
    }

    // ---- errors ----

    public static class Conflicting {
        @JsonProperty("a")
        public Map<String, String> first;
        @JsonProperty("a")
        public Map<String, String> second;
    }

    public record HasConflict(List<Conflicting> items) {
    }

    @Test
    void jacksonDefinitionErrorsNameTheModelAndPath() {
        assertThatThrownBy(() -> ModelIntrospector.introspect(HasConflict.class))
                .isInstanceOf(FactoreallyException.class)
                .hasMessageStartingWith("Cannot read model " + HasConflict.class.getName() + " at path 'items[]'");
    }
}
