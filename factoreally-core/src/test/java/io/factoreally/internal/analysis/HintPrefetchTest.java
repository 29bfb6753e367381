package io.factoreally.internal.analysis;

import io.factoreally.internal.model.ModelShape;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HintPrefetchTest {
    private static final ModelPaths NONE = ModelPaths.of(ModelShape.none(), false);

    @Test
    void longestChoicesFirstPositiveNumbersThenSignedNumbersThenStringsByDistinctValues() {
        PathNode root = PathNode.root(true);
        PathNode name = root.member("name", NONE);
        PathNode code = root.member("code", NONE);
        PathNode lat = root.member("lat", NONE);
        PathNode age = root.member("age", NONE);
        for (int i = 0; i < 5000; i++) {
            name.values.add("name " + i, i);
            code.values.add("c" + i % 3, i);
            lat.numbers.addDouble(i % 2 == 0 ? -i / 100.0 : i / 100.0, i);
            age.numbers.addLong(18 + i % 60, i);
            age.values.addLong(18 + i % 60, i);
        }
        List<String> order = Stream.of(name, code, lat, age)
                .sorted(Comparator.comparingLong(HintPrefetch::cost).reversed()).map(n -> n.path).toList();
        // age: three more candidates to fit (all positive), each a search; lat: the closed-form ones only
        assertThat(order).containsExactly("age", "lat", "name", "code");
        assertThat(HintPrefetch.cost(age)).isEqualTo(8L * NumericStats.SAMPLE_SIZE + 60);
        assertThat(HintPrefetch.cost(lat)).isEqualTo(2L * NumericStats.SAMPLE_SIZE);
        assertThat(HintPrefetch.cost(code)).isEqualTo(3);
    }
}
