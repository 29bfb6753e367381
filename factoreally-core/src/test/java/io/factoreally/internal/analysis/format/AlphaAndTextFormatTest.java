package io.factoreally.internal.analysis.format;

import io.factoreally.internal.spec.AlphaHint;
import io.factoreally.internal.spec.TextHint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AlphaAndTextFormatTest {

    private static List<String> fixedLength(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("é" + (char) ('a' + i % 26) + (i % 10));
        }
        return out;
    }

    @Test
    void alphaNeedsFiftyDistinctValuesOfOneLength() {
        AlphaFormat f = new AlphaFormat();
        assertThat(f.learn(Samples.of(fixedLength(49)))).isEmpty();
        AlphaHint h = (AlphaHint) f.learn(Samples.of(fixedLength(50))).orElseThrow();
        assertThat(h.chrs()).isEqualTo(Map.of("é", List.of(0), "abcdefghijklmnopqrstuvwxyz", List.of(1),
                "0123456789", List.of(2)));
        List<String> mixed = fixedLength(60);
        mixed.add("toolong");
        assertThat(f.learn(Samples.of(mixed))).isEmpty();
    }

    @Test
    void textNeedsMoreThanAQuarterOfSentences() {
        TextFormat f = new TextFormat();
        String sentence = "one two three four five six seven";
        assertThat(f.learn(Samples.of(sentence, "a", "b", "c"))).isEmpty();
        assertThat(f.learn(Samples.of(sentence, sentence + " eight", "b", "c")))
                .contains(new TextHint(1L, 39L));
        assertThat(f.learn(Samples.of("one two three four fivesixseveneightnine", "x"))).isEmpty(); // 4 spaces
    }

    @Test
    void realText() {
        assertThat(Samples.winner(Samples.of(Samples.strings("kitchen-sink.json", "note")))).isEqualTo("text");
    }
}
