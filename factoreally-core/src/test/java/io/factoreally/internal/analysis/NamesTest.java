package io.factoreally.internal.analysis;

import io.factoreally.CreateOptions;
import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.SpecCreator;
import io.factoreally.internal.generate.Rng;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * People's names, each seen fewer than k times, come out as names made of the input's frequent first
 * and last names (with their frequencies), not as lorem ipsum or random letters, and no input name is
 * stored in the spec.
 */
class NamesTest {
    private static final List<String> FIRST = List.of("José", "María", "Zoë", "Łukasz", "Søren", "Anaïs", "Björn",
            "Çağla", "Élodie", "Jürgen", "Renée", "Peter");
    private static final List<String> LAST = List.of("García", "Müller", "Nowak", "Kowalski", "Dubois", "Øster",
            "Smith", "Lefèvre", "Schröder", "Núñez", "O'Brien", "Fernández-López");

    @Test
    void accentedNamesComeOutAsNamesOfTheirFrequentWords() throws Exception {
        Rng rng = new Rng(7);
        List<Object> records = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            // Peter twice as often as the others
            String first = i % 13 == 12 ? "Peter" : FIRST.get(rng.nextInt(FIRST.size()));
            String name = first + " " + LAST.get(rng.nextInt(LAST.size()));
            names.merge(name, 1, Integer::sum);
            records.add(Map.of("name", name));
        }
        FactorySpec spec = SpecCreator.analyze(records, CreateOptions.defaults().threads(1)).spec();
        Set<String> rare = names.entrySet().stream().filter(e -> e.getValue() < 5).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(rare).hasSizeGreaterThan(50);
        assertThat(strings(spec)).doesNotContainAnyElementsOf(rare).contains("Peter", "O'Brien");
        List<Map<String, Object>> generated = Factory.of(spec).seed(11).build(4000);
        Set<String> first = generated.stream().map(r -> ((String) r.get("name")).split(" ")[0]).collect(Collectors.toSet());
        assertThat(generated).allSatisfy(r -> {
            String[] words = ((String) r.get("name")).split(" ");
            assertThat(words).hasSize(2);
            assertThat(FIRST).contains(words[0]);
            assertThat(LAST).contains(words[1]);
        });
        assertThat(first).containsExactlyInAnyOrderElementsOf(FIRST);
        double peter = generated.stream().filter(r -> ((String) r.get("name")).startsWith("Peter ")).count() / 4000.0;
        double inInput = records.stream().filter(r -> ((String) ((Map<?, ?>) r).get("name")).startsWith("Peter "))
                .count() / 400.0;
        assertThat(peter).isCloseTo(inInput, within(0.03));
        // --python-compatible stores generated values of a TEMPLATE as a CHOICE: words could make a rare name there
        FactorySpec python = SpecCreator.analyze(records, CreateOptions.defaults().threads(1).pythonCompatible(true))
                .spec();
        assertThat(strings(python)).doesNotContainAnyElementsOf(rare);
    }

    /** Every string in a spec's JSON (values of hints, templates' words). */
    private static Set<String> strings(FactorySpec spec) throws Exception {
        Set<String> out = new java.util.HashSet<>();
        java.util.ArrayDeque<com.fasterxml.jackson.databind.JsonNode> todo = new java.util.ArrayDeque<>();
        todo.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(spec.toJson()));
        while (!todo.isEmpty()) {
            com.fasterxml.jackson.databind.JsonNode n = todo.poll();
            if (n.isTextual()) {
                out.add(n.textValue());
            }
            n.forEach(todo::add);
        }
        return out;
    }
}
