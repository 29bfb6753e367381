package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.TemplateHint;
import io.factoreally.internal.spec.TemplatePart;
import io.factoreally.internal.spec.ValueHint;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WordTemplatesTest {
    private static final int K = 5;
    private static final List<String> FIRST = List.of("José", "Zoë", "Łukasz", "Søren", "Anaïs", "Renée");
    private static final List<String> LAST = List.of("García", "Müller", "O'Brien", "Fernández-López", "Nowak");

    /** Every first name with every last name once: each name is rare, each word frequent. */
    private static Map<String, Long> everyPair() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String f : FIRST) {
            for (String l : LAST) {
                counts.put(f + " " + l, 1L);
            }
        }
        return counts;
    }

    private static Optional<ValueHint> learn(Map<String, Long> all) {
        Map<String, Long> withheld = new LinkedHashMap<>();
        all.forEach((v, c) -> {
            if (c < K) {
                withheld.put(v, c);
            }
        });
        long total = all.values().stream().mapToLong(Long::longValue).sum();
        return WordTemplates.learn(new StringSample(all, total, all.size(), true, K),
                new StringSample(withheld, total, withheld.size(), true, K));
    }

    @Test
    void namesWhoseWordsAreFrequentComeOutAsThoseWordsNeverAsAWholeName() {
        TemplateHint t = (TemplateHint) learn(everyPair()).orElseThrow();
        assertThat(t.templates()).singleElement().satisfies(parts -> {
            assertThat(parts).hasSize(3);
            assertThat(((TemplatePart.Choice) parts.get(0)).values()).containsExactlyElementsOf(FIRST);
            assertThat(parts.get(1)).isEqualTo(new TemplatePart.Literal(" "));
            assertThat(((TemplatePart.Choice) parts.get(2)).values()).containsExactlyElementsOf(LAST);
            assertThat(((TemplatePart.Choice) parts.get(2)).weights()).containsOnly(0.2);
        });
    }

    @Test
    void rareWordsAtAPositionGetTheirLettersAndLengthsWithTheirShare() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String f : List.of("José", "Zoë")) {
            for (String l : List.of("García", "Müller")) {
                counts.put(f + " " + l, 4L); // every name fewer than k times, every word 8 times
            }
        }
        counts.put("José Abernathy", 1L);
        counts.put("Zoë Quist", 1L);
        counts.put("José Zeller", 1L);
        counts.put("Zoë Okonkwo", 1L);
        TemplateHint t = (TemplateHint) learn(counts).orElseThrow();
        // a first name, then a frequent last name (16 of 20 records) or the shape of the rare ones (4 of 20)
        assertThat(t.templates()).hasSize(2);
        assertThat(t.weights()).containsExactly(0.8, 0.2);
        assertThat(t.templates().get(0).get(2)).isEqualTo(new TemplatePart.Choice(List.of("García", "Müller"),
                List.of(0.5, 0.5)));
        assertThat(t.templates().get(1).get(2)).isEqualTo(new TemplatePart.Chars("abehiklnor-uwy", 5, 9, "AOQZ"));
        assertThat(t.toString()).doesNotContain("Abernathy", "Quist", "Zeller", "Okonkwo");
    }

    @Test
    void wordsMostlySeenOnceAreNotWordsOfAVocabulary() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            counts.put("Ana Q" + (char) ('a' + i % 26) + i + " X" + i, 1L); // the first word frequent, two of three rare
        }
        assertThat(learn(counts)).isEmpty();
    }

    @Test
    void aWordThatIsItselfARareValueIsNotStored() {
        Map<String, Long> counts = everyPair();
        counts.put("Zoë", 2L); // Zoë alone: a value seen fewer than k times
        counts.put("Nowak", 7L); // Nowak alone: frequent, stored by the CHOICE anyway
        TemplateHint t = (TemplateHint) learn(counts).orElseThrow();
        List<TemplatePart> twoWords = t.templates().stream().filter(p -> p.size() == 3
                && p.get(0) instanceof TemplatePart.Choice).findFirst().orElseThrow();
        assertThat(((TemplatePart.Choice) twoWords.get(0)).values()).doesNotContain("Zoë").contains("José");
        assertThat(((TemplatePart.Choice) twoWords.get(2)).values()).contains("Nowak");
    }

    @Test
    void aTemplateOfFewerThanKValuesWouldMakeTheWithheldValueAgainSoThereIsNone() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Western Europe", 6L);
        counts.put("Eastern Asia", 6L);
        counts.put("Eastern Europe", 4L); // withheld: its words are frequent, but 2 x 2 names is fewer than k
        assertThat(learn(counts)).isEmpty();
        counts.put("Southern Africa", 6L); // 3 x 3 names
        TemplateHint t = (TemplateHint) learn(counts).orElseThrow();
        assertThat(t.templates()).singleElement().satisfies(parts -> {
            assertThat(((TemplatePart.Choice) parts.get(0)).values()).containsExactly("Eastern", "Western", "Southern");
            assertThat(((TemplatePart.Choice) parts.get(0)).weights()).containsExactly(0.714286, 0.142857, 0.142857);
        });
    }

    @Test
    void valuesThatAreNotAFewWordsHaveNoWordsTemplate() {
        for (String odd : new String[] {"José  García", "ana@example.com", "José García Nowak Müller Zoë", " José",
                "Ana (García)", "José 😀"}) {
            Map<String, Long> counts = everyPair();
            counts.put(odd, 1L);
            assertThat(learn(counts)).as(odd).isEmpty();
        }
        assertThat(WordTemplates.words("Renée O'Brien St. Fernández-López")).hasSize(4);
    }

    @Test
    void namesOfTwoAndThreeWordsKeepTheirShares() {
        Map<String, Long> counts = everyPair(); // 30 records of two words
        for (String f : FIRST) {
            counts.put(f + " van Nowak", 1L); // 6 of three
            counts.put(f + " van García", 1L); // 6 more
        }
        TemplateHint t = (TemplateHint) learn(counts).orElseThrow();
        assertThat(t.templates()).extracting(List::size).containsExactly(3, 5);
        assertThat(t.weights()).containsExactly(0.714286, 0.285714);
    }
}
