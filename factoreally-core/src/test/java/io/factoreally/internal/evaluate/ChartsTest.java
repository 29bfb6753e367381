package io.factoreally.internal.evaluate;

import io.factoreally.FidelityReport.Chart;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {
    @Test
    void integerHistogramHasOneBinPerValueAndOutOfRangeBins() {
        Chart c = Charts.histogram("values", new double[] {1, 2, 2, 3}, new double[] {0, 2, 3, 9});
        assertThat(c.labels()).containsExactly("< 1", "1", "2", "3", "> 3");
        assertThat(c.real()).containsExactly(0.0, 0.25, 0.5, 0.25, 0.0);
        assertThat(c.synthetic()).containsExactly(0.25, 0.0, 0.25, 0.25, 0.25);
    }

    @Test
    void continuousHistogramHasEqualWidthBins() {
        Chart c = Charts.histogram("values", new double[] {0, 1.6, 16}, new double[] {0.5});
        assertThat(c.labels()).hasSize(Charts.BINS).startsWith("0", "1", "2");
        assertThat(c.real().get(0)).isEqualTo(1 / 3.0);
        assertThat(c.real().get(1)).isEqualTo(1 / 3.0);
        assertThat(c.real().get(Charts.BINS - 1)).isEqualTo(1 / 3.0); // the maximum is in the last bin
        assertThat(c.synthetic().get(0)).isEqualTo(1.0);
    }

    @Test
    void constantValuesHaveOneBin() {
        Chart c = Charts.histogram("values", new double[] {2.5, 2.5}, new double[] {2.5, 3});
        assertThat(c.labels()).containsExactly("2.5", "> 2.5");
        assertThat(c.synthetic()).containsExactly(0.5, 0.5);
    }

    @Test
    void barsKeepTheMostCommonRealCategoriesThenOther() {
        Map<String, Integer> real = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            real.put("v" + i, 100 - i);
        }
        Chart c = Charts.bars("values", real, Map.of("v0", 1, "new", 1));
        assertThat(c.labels()).hasSize(Charts.MAX_BARS + 1).startsWith("v0", "v1").endsWith(Charts.OTHER);
        assertThat(c.synthetic().get(0)).isEqualTo(0.5);
        assertThat(c.synthetic().get(Charts.MAX_BARS)).isEqualTo(0.5); // "new" is among the rest
    }
}
