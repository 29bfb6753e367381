package io.factoreally.internal.analysis.format;

import io.factoreally.internal.spec.VersionHint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VersionFormatTest {
    private final VersionFormat format = new VersionFormat();

    @Test
    void fullVersionsStoreCornerExamplesNotRawValues() {
        VersionHint h = (VersionHint) format.learn(Samples.of("2.5.15", "3.8.20", "2.6.18")).orElseThrow();
        assertThat(h.patternType()).isEqualTo("Version");
        // every part's extremes are carried (major 2..3, minor 5..8, patch 15..20), but "2.5.15" and
        // "3.8.20" are inputs seen once, so the minors are swapped
        assertThat(h.examples()).containsExactly("2.8.15", "3.5.20");
        // ours: the parts' ranges, generated exactly (the original widens the examples' to 2..4, 5..13, 15..30)
        assertThat(h.parts()).containsExactly(new VersionHint.Part(2, 3), new VersionHint.Part(5, 8),
                new VersionHint.Part(15, 20));
    }

    @Test
    void noExampleIsARareInputValue() {
        List<String> values = List.of("2.5.15", "3.8.20", "2.6.18", "2.8.15", "3.5.20");
        VersionHint h = (VersionHint) format.learn(Samples.of(values)).orElseThrow();
        assertThat(h.examples()).isNotNull().noneMatch(values::contains);
        assertThat(h.examples()).hasSize(2);
        String joined = String.join(" ", h.examples());
        assertThat(joined).contains("2.").contains("3.").contains(".5.").contains(".8.").contains(".15").contains(".20");
    }

    @Test
    void examplesMayBeFrequentValues() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            values.add("1.0.0");
            values.add("2.3.4");
        }
        values.add("1.2.3");
        VersionHint h = (VersionHint) format.learn(Samples.of(values)).orElseThrow();
        assertThat(h.examples()).containsExactly("1.0.0", "2.3.4");
    }

    @Test
    void shortVersionsAndMixes() {
        assertThat(format.learn(Samples.of("3.9", "1.8", "1.10"))).contains(new VersionHint("Version_Short", null,
                List.of(new VersionHint.Part(1, 3), new VersionHint.Part(8, 10))));
        assertThat(format.learn(Samples.of("3.9", "1.8.1"))).isEmpty();
        assertThat(format.matches("1.2.3.4")).isTrue();
        assertThat(format.matches("3.05")).isFalse(); // a decimal number: NUMSTR
        assertThat(format.matches("1.2.3.4.5")).isFalse();
        assertThat(format.matches("v1.2.3")).isFalse();
    }

    @Test
    void realData() {
        VersionHint h = (VersionHint) format.learn(Samples.of(Samples.strings("users.json", "app_version"))).orElseThrow();
        var counts = Samples.of(Samples.strings("users.json", "app_version")).counts();
        assertThat(h.examples()).allMatch(e -> counts.getOrDefault(e, 0L) == 0 || counts.get(e) >= Samples.K);
        // 30 API versions, each seen at least k times: kept as CHOICE with their real frequencies
        assertThat(format.learn(Samples.of(Samples.strings("kitchen-sink.json", "api")))).isEmpty();
    }
}
