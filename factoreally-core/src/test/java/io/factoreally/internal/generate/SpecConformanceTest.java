package io.factoreally.internal.generate;

import io.factoreally.FactorySpec;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The test oracle itself catches what it claims to: wrong rates, values out of range, bad formats, key order. */
class SpecConformanceTest {
    private static final FactorySpec SPEC = FactorySpec.fromJson(("{'fields': {"
            + "'id': {'UUID4': {}}, 'n': {'NUMBER': {'min': 0, 'max': 10}, 'MISSING': {'pct': 50}},"
            + " 'c': {'CHOICE': {'choices': ['a', 'b'], 'weights': [0.9, 0.1]}}}}").replace('\'', '"'));

    private static Map<String, Object> record(String id, Object n, boolean withN, String c) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        if (withN) {
            r.put("n", n);
        }
        r.put("c", c);
        return r;
    }

    @Test
    void conformingRecordsPass() {
        SpecConformance o = new SpecConformance(SPEC);
        for (int i = 0; i < 1000; i++) {
            o.observe(record("7f1c2b3a-1d2e-4f5a-8b6c-0d1e2f3a4b5c", (long) (i % 11), i % 2 == 0, i % 10 == 0 ? "b" : "a"));
        }
        assertThat(o.failures()).isEmpty();
    }

    @Test
    void violationsAreReported() {
        SpecConformance o = new SpecConformance(SPEC);
        for (int i = 0; i < 1000; i++) {
            o.observe(record("not-a-uuid", 11L, i % 4 == 0, "a"));
        }
        assertThat(o.failures()).containsExactly(
                "id: UUID4 value not-a-uuid is not a lowercase v4 UUID",
                "n: MISSING rate 75.000% vs spec 50.000% (n=1000, tolerance 6.32)",
                "n: 11 outside [0, 10]",
                "c = a: CHOICE rate 100.000% vs spec 90.000% (n=1000, tolerance 3.79)",
                "c = b: CHOICE rate 0.000% vs spec 10.000% (n=1000, tolerance 3.79)");
    }

    @Test
    void keyOrderOtherThanTheSpecsIsReported() {
        SpecConformance o = new SpecConformance(SPEC);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("c", "a");
        r.put("id", "7f1c2b3a-1d2e-4f5a-8b6c-0d1e2f3a4b5c");
        o.observe(r);
        assertThat(o.failures()).contains(": keys [c, id] are not the spec's members in spec order [id, c]");
    }
}
