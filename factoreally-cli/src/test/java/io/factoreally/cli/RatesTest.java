package io.factoreally.cli;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RatesTest {
    @Test
    void sizes() {
        assertThat(Rates.size(0)).isEqualTo("0 B");
        assertThat(Rates.size(1023)).isEqualTo("1023 B");
        assertThat(Rates.size(50952)).isEqualTo("49.8 KB");
        assertThat(Rates.size(3L << 30)).isEqualTo("3.0 GB");
    }

    @Test
    void durations() {
        assertThat(Rates.duration(Duration.ofMillis(420))).isEqualTo("0.42s");
        assertThat(Rates.duration(Duration.ofMillis(12_340))).isEqualTo("12.3s");
        assertThat(Rates.duration(Duration.ofSeconds(125))).isEqualTo("2m05s");
        assertThat(Rates.duration(Duration.ofSeconds(3720))).isEqualTo("1h02m");
    }

    @Test
    void countsAndRates() {
        assertThat(Rates.count(1234567)).isEqualTo("1,234,567");
        assertThat(Rates.perSecond(500, 250_000_000L)).isEqualTo(2000.0);
        assertThat(Rates.perSecond(5, 0)).isZero();
    }
}
