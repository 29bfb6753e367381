package io.factoreally.internal.generate;

import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** CHOICE {@code other}: the withheld share comes from the next value hint (or random keys for a map). */
class OtherChoiceSamplerTest {
    private static final int N = 10_000;

    @Test
    void withheldShareComesFromTheFallbackHint() {
        FactorySpec spec = FactorySpec.fromJson("{\"fields\": {\"n\": {\"CHOICE\": {\"choices\": [\"a\", \"b\"],"
                + " \"weights\": [0.45, 0.15], \"other\": 0.4}, \"TEXT\": {\"min\": 12, \"max\": 20}}}}");
        List<Map<String, Object>> out = Factory.of(spec).seed(7).build(N);
        long a = out.stream().filter(r -> "a".equals(r.get("n"))).count();
        long b = out.stream().filter(r -> "b".equals(r.get("n"))).count();
        long text = out.stream().filter(r -> ((String) r.get("n")).length() >= 5).count();
        assertThat(a / (double) N).isCloseTo(0.45, within(0.02));
        assertThat(b / (double) N).isCloseTo(0.15, within(0.02));
        assertThat(text / (double) N).isCloseTo(0.40, within(0.02));
        assertThat(a + b + text).isEqualTo(N);
    }

    @Test
    void withheldKeysAreRandom() {
        FactorySpec spec = FactorySpec.fromJson("{\"fields\": {\"m\": {\"OBJECT\": {}, \"NUMBER\": {\"min\": 1,"
                + " \"max\": 1}, \"CHOICE\": {\"choices\": [\"KEY\"], \"weights\": [0.5], \"other\": 0.5}},"
                + " \"m.{}\": {\"CONST\": {\"val\": 1}}}}");
        List<Map<String, Object>> out = Factory.of(spec).seed(7).build(N);
        long known = out.stream().filter(r -> ((Map<?, ?>) r.get("m")).containsKey("KEY")).count();
        assertThat(known / (double) N).isCloseTo(0.5, within(0.02));
        assertThat(out).allSatisfy(r -> assertThat((Map<?, ?>) r.get("m")).hasSize(1));
    }
}
