package io.factoreally.internal.analysis.format;

import io.factoreally.internal.spec.AlphaHint;
import io.factoreally.internal.spec.TextHint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
    void textKeepsTheWordsOfAtLeastKRecordsMostFrequentFirst() {
        List<String> bios = new ArrayList<>();
        String[] topics = {"tea", "chess", "rust", "jazz"};
        for (int i = 0; i < 40; i++) {
            // "engineer who writes about <topic> in the evenings", plus one name seen in a single record
            bios.add("engineer who writes about " + topics[i % 4] + " in the evenings #" + i
                    + (i == 7 ? " ask Zebedee" : ""));
        }
        TextHint h = (TextHint) new TextFormat().learn(Samples.of(bios)).orElseThrow();
        assertThat(h.words()).startsWith("engineer", "who", "writes", "about")
                .contains("tea", "chess", "rust", "jazz", "evenings")
                .doesNotContain("Zebedee", "ask", "#7", "#12"); // in one record each: withheld
        assertThat(h.weights()).hasSameSizeAs(h.words());
        assertThat(h.weights().get(h.words().indexOf("engineer"))).isCloseTo(40 / 320.0, within(0.001));
        assertThat(h.weights().get(h.words().indexOf("tea"))).isCloseTo(10 / 320.0, within(0.001));
        // the order: texts begin with "engineer", "about" is followed by the four topics, "#7" by nothing kept
        List<String> w = h.words();
        assertThat(h.first()).containsExactly(w.indexOf("engineer"));
        assertThat(h.next().get(w.indexOf("engineer"))).containsExactly(w.indexOf("who"));
        assertThat(h.next().get(w.indexOf("about")).stream().map(w::get)).containsExactly("tea", "chess", "rust", "jazz");
        assertThat(h.next().get(w.indexOf("evenings"))).isEmpty(); // "#i" and "ask" are not kept
        // too few words seen in k records: lorem ipsum, as the original
        assertThat(new TextFormat().learn(Samples.of("one two three four five six seven",
                "eight nine ten eleven twelve thirteen", "x"))).contains(new TextHint(1L, 37L));
    }

    @Test
    void realText() {
        assertThat(Samples.winner(Samples.of(Samples.strings("kitchen-sink.json", "note")))).isEqualTo("text");
    }
}
