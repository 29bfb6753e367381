package io.factoreally.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.Factory;
import io.factoreally.junit5.model.OrderLine;
import io.factoreally.junit5.model.User;
import io.factoreally.junit5.model.UserBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every target type gets exactly the records its seed implies, in the right shape. */
class TargetTypesTest {
    static final String SPEC = "user.spec.json";

    @Seed(7)
    static class Targets {
        @Test
        void model(@Realistic(spec = SPEC) User user, TestReporter r) {
            r.publishEntry("value", user.toString());
        }

        @Test
        void bean(@Realistic(spec = SPEC) UserBean user, TestReporter r) {
            r.publishEntry("value", user.toString());
        }

        @Test
        void map(@Realistic(spec = SPEC) Map<String, Object> user, TestReporter r) {
            r.publishEntry("value", user.toString());
        }

        @Test
        void json(@Realistic(spec = SPEC) JsonNode user, TestReporter r) {
            r.publishEntry("value", user.toString());
        }

        @Test
        void string(@Realistic(spec = SPEC) String user, TestReporter r) {
            r.publishEntry("value", user);
        }

        @Test
        void factory(@Realistic(spec = SPEC, overrides = "role=admin") Factory users, TestReporter r) {
            assertThat(users.seed()).isEqualTo(7);
            assertThat(users.build(20)).extracting(m -> m.get("role")).containsOnly("admin");
            r.publishEntry("value", users.seed(7).build().toString());
        }

        @Test
        void list(@RealisticBatch(spec = SPEC, size = 5) List<User> users, TestReporter r) {
            r.publishEntry("value", users.toString());
        }

        @Test
        void set(@RealisticBatch(spec = SPEC, size = 5) Set<Map<String, Object>> users, TestReporter r) {
            r.publishEntry("value", users.toString());
        }

        @Test
        void collection(@RealisticBatch(spec = SPEC, size = 5) Collection<JsonNode> users, TestReporter r) {
            r.publishEntry("value", users.toString());
        }

        @Test
        void array(@RealisticBatch(spec = SPEC, size = 5) User[] users, TestReporter r) {
            r.publishEntry("value", Arrays.toString(users));
        }

        @Test
        void stream(@RealisticBatch(spec = SPEC, size = 5) Stream<String> users, TestReporter r) {
            r.publishEntry("value", users.collect(Collectors.toList()).toString());
        }

        @Test
        void empty(@RealisticBatch(spec = SPEC, size = 0) List<User> users, TestReporter r) {
            r.publishEntry("value", users.toString());
        }

        @Test
        void convention(@Realistic OrderLine line, TestReporter r) {
            r.publishEntry("value", line.toString());
        }

        @Test
        void overrides(@Realistic(spec = SPEC, overrides = {"age=42", "active=false", "nickname=null", "tags=[\"x\", \"y\"]",
                "name=Zed", "address.city=Paris"}) User user, TestReporter r) {
            assertThat(user.age()).isEqualTo(42);
            assertThat(user.active()).isFalse();
            assertThat(user.nickname()).isNull();
            assertThat(user.tags()).containsExactly("x", "y");
            assertThat(user.name()).isEqualTo("Zed");
            assertThat(user.address().city()).isEqualTo("Paris");
            r.publishEntry("value", user.toString());
        }

        @Test
        void twoParameters(@Realistic(spec = SPEC) User first, @Realistic(spec = SPEC) User second, TestReporter r) {
            r.publishEntry("value", first + " " + second);
        }
    }

    /** A fresh factory at record 0 of the seed of parameter 0. */
    private static Factory f() {
        return Expected.factory(SPEC, 7, 0);
    }

    @Test
    void everyTargetTypeGetsItsSeedsData() {
        EngineExecutionResults results = TestKit.run(Targets.class);
        assertThat(TestKit.failures(results)).isEmpty();
        Map<String, String> values = TestKit.entries(results, "value");
        assertThat(values).containsOnlyKeys("model(User, TestReporter)", "bean(UserBean, TestReporter)",
                "map(Map, TestReporter)", "json(JsonNode, TestReporter)", "string(String, TestReporter)",
                "factory(Factory, TestReporter)", "list(List, TestReporter)", "set(Set, TestReporter)",
                "collection(Collection, TestReporter)", "array(User[], TestReporter)", "stream(Stream, TestReporter)",
                "empty(List, TestReporter)", "convention(OrderLine, TestReporter)", "overrides(User, TestReporter)",
                "twoParameters(User, User, TestReporter)");
        assertThat(values.get("model(User, TestReporter)")).isEqualTo(f().build(User.class).toString());
        assertThat(values.get("bean(UserBean, TestReporter)")).isEqualTo(f().build(UserBean.class).toString());
        assertThat(values.get("map(Map, TestReporter)")).isEqualTo(f().build().toString());
        assertThat(values.get("json(JsonNode, TestReporter)")).isEqualTo(f().buildJson().toString());
        assertThat(values.get("string(String, TestReporter)")).isEqualTo(f().buildJson().toString());
        assertThat(values.get("factory(Factory, TestReporter)")).isEqualTo(Expected.factory(SPEC, 7, 0).seed(7)
                .with(io.factoreally.Overrides.parse("role=admin")).build().toString());
        assertThat(values.get("list(List, TestReporter)")).isEqualTo(f().build(5, User.class).toString());
        assertThat(values.get("set(Set, TestReporter)")).isEqualTo(f().build(5).toString());
        assertThat(values.get("collection(Collection, TestReporter)"))
                .isEqualTo(Stream.generate(f()::buildJson).limit(5).collect(Collectors.toList()).toString());
        assertThat(values.get("array(User[], TestReporter)")).isEqualTo(f().build(5, User.class).toString());
        assertThat(values.get("stream(Stream, TestReporter)"))
                .isEqualTo(Stream.generate(f()::buildJson).limit(5).collect(Collectors.toList()).toString());
        assertThat(values.get("empty(List, TestReporter)")).isEqualTo("[]");
        assertThat(values.get("convention(OrderLine, TestReporter)"))
                .isEqualTo(Expected.factory("order-line.spec.json", 7, 0).build(OrderLine.class).toString());
        assertThat(values.get("twoParameters(User, User, TestReporter)")).isEqualTo(
                f().build(User.class) + " " + Expected.factory(SPEC, 7, 1).build(User.class));
        assertThat(values.get("list(List, TestReporter)")).isNotEqualTo(values.get("empty(List, TestReporter)"));
    }
}
