package io.factoreally.junit5.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factoreally.Factory;
import io.factoreally.junit5.internal.TargetType.Batch;
import io.factoreally.junit5.internal.TargetType.Container;
import io.factoreally.junit5.internal.TargetType.Shape;
import io.factoreally.junit5.internal.TargetType.Single;
import io.factoreally.junit5.model.User;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TargetTypeTest {

    @SuppressWarnings("unused")
    static void signatures(Map<String, Object> map, Map<String, ?> wildcard, Map<String, String> strings, Map<Integer, Object> ints,
                           List<User> list, Set<JsonNode> set, Collection<String> collection, Stream<Map<String, Object>> stream,
                           Map<String, Object>[] mapArray, List<Factory> factories, List<List<User>> nested, Optional<User> optional) {
    }

    static Type param(int i) throws NoSuchMethodException {
        return TargetTypeTest.class.getDeclaredMethod("signatures", Map.class, Map.class, Map.class, Map.class, List.class,
                Set.class, Collection.class, Stream.class, Map[].class, List.class, List.class, Optional.class)
                .getGenericParameterTypes()[i];
    }

    @Test
    void singleRecordTypes() throws Exception {
        assertThat(TargetType.single(User.class)).contains(new Single(Shape.MODEL, User.class));
        assertThat(TargetType.single(Map.class)).contains(new Single(Shape.MAP, Map.class));
        assertThat(TargetType.single(param(0))).contains(new Single(Shape.MAP, Map.class));
        assertThat(TargetType.single(param(1))).contains(new Single(Shape.MAP, Map.class));
        assertThat(TargetType.single(JsonNode.class)).contains(new Single(Shape.JSON_NODE, JsonNode.class));
        assertThat(TargetType.single(ObjectNode.class)).contains(new Single(Shape.JSON_NODE, ObjectNode.class));
        assertThat(TargetType.single(String.class)).contains(new Single(Shape.STRING, String.class));
        assertThat(TargetType.single(Factory.class)).contains(new Single(Shape.FACTORY, Factory.class));
        for (Type unsupported : new Type[]{param(2), param(3), int.class, Integer.class, UUID.class, List.class, param(4),
                User[].class, param(11), Runnable.class, Thread.State.class}) {
            assertThat(TargetType.single(unsupported)).as(unsupported.getTypeName()).isEmpty();
        }
    }

    @Test
    void batchTypes() throws Exception {
        Single user = new Single(Shape.MODEL, User.class);
        assertThat(TargetType.batch(param(4))).contains(new Batch(Container.LIST, user));
        assertThat(TargetType.batch(param(5))).contains(new Batch(Container.SET, new Single(Shape.JSON_NODE, JsonNode.class)));
        assertThat(TargetType.batch(param(6))).contains(new Batch(Container.COLLECTION, new Single(Shape.STRING, String.class)));
        assertThat(TargetType.batch(param(7))).contains(new Batch(Container.STREAM, new Single(Shape.MAP, Map.class)));
        assertThat(TargetType.batch(param(8))).contains(new Batch(Container.ARRAY, new Single(Shape.MAP, Map.class)));
        assertThat(TargetType.batch(User[].class)).contains(new Batch(Container.ARRAY, user));
        for (Type unsupported : new Type[]{param(9), param(10), param(11), User.class, List.class, Factory[].class}) {
            assertThat(TargetType.batch(unsupported)).as(unsupported.getTypeName()).isEmpty();
        }
    }
}
