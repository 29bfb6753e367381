package io.factoreally;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Factory API and determinism (DESIGN.md section 3). */
class FactoryTest {
    static final String PERSON = "specs/person.spec.json";

    static Factory person() {
        return Factory.of(PERSON).seed(42);
    }

    @Test
    void sameSeedGivesTheSameRecordsByteForByte() {
        assertThat(json(person().build(200))).isEqualTo(json(person().build(200)));
        assertThat(person().seed(43).build(50)).isNotEqualTo(person().build(50));
    }

    @Test
    void recordIIsTheSameFromEveryWayOfBuilding() {
        List<Map<String, Object>> batch = person().build(100);
        Factory one = person();
        List<Map<String, Object>> singles = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            singles.add(one.build());
        }
        Iterator<Map<String, Object>> it = person().iterator();
        List<Map<String, Object>> iterated = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            iterated.add(it.next());
        }
        Factory f = person();
        List<Map<String, Object>> at = LongStream.range(0, 100).mapToObj(f::recordAt).collect(Collectors.toList());
        assertThat(singles).isEqualTo(batch);
        assertThat(iterated).isEqualTo(batch);
        assertThat(at).isEqualTo(batch);
        assertThat(person().stream().limit(100).collect(Collectors.toList())).isEqualTo(batch);
        assertThat(person().stream().parallel().limit(100).collect(Collectors.toList())).isEqualTo(batch);
    }

    @Test
    void theCursorContinuesAcrossBuildsAndStreams() {
        Factory f = person();
        List<Map<String, Object>> expected = person().build(7);
        assertThat(f.build()).isEqualTo(expected.get(0));
        assertThat(f.build(2)).isEqualTo(expected.subList(1, 3));
        assertThat(f.stream().limit(2).collect(Collectors.toList())).isEqualTo(expected.subList(3, 5));
        assertThat(f.build()).isEqualTo(expected.get(5));
        assertThat(f.recordAt(0)).isEqualTo(expected.get(0));
        assertThat(f.build()).isEqualTo(expected.get(6));
    }

    @Test
    void oneFactoryFromEightThreadsGivesTheSameRecordsAsFromOne() throws Exception {
        Factory shared = person();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<Map<String, Object>>>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            futures.add(pool.submit(() -> {
                List<Map<String, Object>> out = new ArrayList<>();
                for (int i = 0; i < 250; i++) {
                    out.add(shared.build());
                }
                return out;
            }));
        }
        List<String> parallel = new ArrayList<>();
        for (Future<List<Map<String, Object>>> f : futures) {
            f.get().forEach(r -> parallel.add(json(r)));
        }
        pool.shutdown();
        List<String> sequential = new ArrayList<>();
        person().build(2000).forEach(r -> sequential.add(json(r)));
        Collections.sort(parallel);
        Collections.sort(sequential);
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void overridingOneFieldLeavesTheOthersUnchanged() {
        List<Map<String, Object>> plain = person().build(300);
        List<Map<String, Object>> overridden = person().with("age", 1L).with("items.qty", 0L).build(300);
        for (int i = 0; i < plain.size(); i++) {
            Map<String, Object> a = plain.get(i);
            Map<String, Object> b = overridden.get(i);
            assertThat(b.get("age")).isEqualTo(1L);
            for (String k : a.keySet()) {
                if (!k.equals("age") && !k.equals("items")) {
                    assertThat(b.get(k)).isEqualTo(a.get(k));
                }
            }
            List<?> itemsA = (List<?>) a.get("items");
            List<?> itemsB = (List<?>) b.get("items");
            assertThat(itemsB).hasSameSizeAs(itemsA);
            for (int e = 0; e < itemsA.size(); e++) {
                assertThat(((Map<?, ?>) itemsB.get(e)).get("name")).isEqualTo(((Map<?, ?>) itemsA.get(e)).get("name"));
                assertThat(((Map<?, ?>) itemsB.get(e)).get("qty")).isEqualTo(0L);
            }
        }
    }

    @Test
    void keyOrderFollowsTheSpecNotTheAlphabet() {
        List<String> specOrder = List.of("id", "name", "age", "score", "tier", "created", "day", "nickname", "address",
                "tags", "items", "metadata");
        for (Map<String, Object> r : person().build(100)) {
            List<String> keys = new ArrayList<>(r.keySet());
            assertThat(keys).isEqualTo(specOrder.stream().filter(r::containsKey).collect(Collectors.toList()));
        }
    }

    @Test
    void seedIsRandomByDefaultReadableAndResetsTheCursor() {
        Factory a = Factory.of(PERSON);
        Factory b = Factory.of(PERSON);
        assertThat(a.seed()).isNotEqualTo(b.seed());
        assertThat(a.seed(a.seed()).build(3)).isEqualTo(a.build(3));
        Factory f = person();
        f.build(5);
        assertThat(f.seed(42).build()).isEqualTo(person().build());
        assertThat(f.seed()).isEqualTo(42);
    }

    @Test
    void withMakesCopiesThatShareTheCursorAndLeaveTheOriginalAlone() {
        Factory base = person();
        Factory admins = base.with("tier", "admin");
        Map<String, Object> r0 = base.build();
        Map<String, Object> r1 = admins.build();
        assertThat(r0.get("tier")).isNotEqualTo("admin").isNotNull();
        assertThat(r1.get("tier")).isEqualTo("admin");
        assertThat(r1.get("id")).isEqualTo(person().recordAt(1).get("id"));
        assertThat(base.overrides().isEmpty()).isTrue();
        assertThat(admins.overrides().paths()).containsExactly("tier");
        Factory copyOfCopy = admins.with("age", 5L);
        assertThat(copyOfCopy.build()).containsEntry("tier", "admin").containsEntry("age", 5L);
    }

    @Test
    void ofStringReadsAFileElseAClasspathResource() {
        Path file = Path.of("src/test/resources", PERSON);
        assertThat(Factory.of(file.toString()).seed(42).build()).isEqualTo(person().build());
        assertThat(Factory.of(file).seed(42).build()).isEqualTo(person().build());
        assertThatThrownBy(() -> Factory.of("specs/nope.spec.json"))
                .isInstanceOf(FactoreallyException.class)
                .hasMessage("spec not found: \"specs/nope.spec.json\" is neither a file ("
                        + Path.of("specs/nope.spec.json").toAbsolutePath() + ") nor a classpath resource");
    }

    @Test
    void buildJsonAndTypedStreamsFollowTheCursor() {
        Factory f = person();
        assertThat(f.buildJson().get("id").asText()).isEqualTo(person().recordAt(0).get("id"));
        List<FactoryBindingTest.Person> typed = person().stream(FactoryBindingTest.Person.class).limit(3)
                .collect(Collectors.toList());
        assertThat(typed).extracting(p -> p.id().toString())
                .containsExactlyElementsOf(person().build(3).stream().map(r -> (String) r.get("id")).collect(Collectors.toList()));
    }

    @Test
    void dynamicMapKeysAreUniqueAndFromTheKeyHint() {
        Set<Object> keys = new HashSet<>();
        for (Map<String, Object> r : person().build(200)) {
            Map<?, ?> m = (Map<?, ?>) r.get("metadata");
            keys.addAll(m.keySet());
            assertThat(m.size()).isBetween(1, 2);
        }
        assertThat(keys).containsExactlyInAnyOrder("utm_campaign", "utm_medium");
    }

    static String json(Object o) {
        return io.factoreally.internal.bind.Binder.json(o);
    }
}
