package io.factoreally.internal.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factoreally.internal.spec.AlphaHint;
import io.factoreally.internal.spec.Auth0IdHint;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.ConstHint;
import io.factoreally.internal.spec.DateHint;
import io.factoreally.internal.spec.DatetimeHint;
import io.factoreally.internal.spec.DurationHint;
import io.factoreally.internal.spec.MacHint;
import io.factoreally.internal.spec.TextHint;
import io.factoreally.internal.spec.Uuid4Hint;
import io.factoreally.internal.spec.ValueHint;
import io.factoreally.internal.spec.VersionHint;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The original's hints/ tests for the string and choice hints, adapted, plus our format extensions. */
class SamplersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Object> draw(ValueHint hint, int n) {
        ValueSampler s = Samplers.forHint(hint);
        Rng rng = new Rng(5);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(s.sample(rng));
        }
        return out;
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void alphaLengthIsHighestPositionPlusOneWithUnlistedPositionsFromUppercaseAndDigits() {
        Map<String, List<Integer>> chrs = new LinkedHashMap<>();
        chrs.put("AB", List.of(0));
        chrs.put("-", List.of(2));
        List<Object> v = draw(new AlphaHint(chrs), 500);
        assertThat(v).allMatch(x -> ((String) x).matches("[AB][A-Z0-9]-"));
        assertThat(draw(new AlphaHint(Map.of()), 3)).containsOnly("");
    }

    @Test
    void auth0IdIsPrefixAnd24LowercaseHexAndUnique() {
        List<Object> v = draw(new Auth0IdHint(), 10);
        assertThat(v).allMatch(x -> ((String) x).matches("auth0\\|[0-9a-f]{24}"));
        assertThat(new HashSet<>(v)).hasSize(10);
    }

    @Test
    void choiceIsWeightedAndNeverFails() {
        List<JsonNode> choices = List.of(json("\"a\""), json("\"b\""), json("\"c\""));
        Map<Object, Integer> counts = new HashMap<>();
        draw(new ChoiceHint(choices, List.of(50.0, 30.0, 20.0)), 10_000).forEach(x -> counts.merge(x, 1, Integer::sum));
        assertThat(counts.get("a")).isBetween(4800, 5200);
        assertThat(counts.get("b")).isBetween(2800, 3200);
        assertThat(counts.get("c")).isBetween(1800, 2200);
        // zero weights are never drawn; all-zero or mismatched weights fall back to uniform
        assertThat(draw(new ChoiceHint(choices, List.of(0.0, 1.0, 0.0)), 200)).containsOnly("b");
        assertThat(new HashSet<>(draw(new ChoiceHint(choices, List.of(0.0, 0.0, 0.0)), 200))).hasSize(3);
        assertThat(new HashSet<>(draw(new ChoiceHint(choices, List.of(1.0)), 200))).hasSize(3);
        assertThat(draw(new ChoiceHint(choices.subList(0, 1), null), 5)).containsOnly("a");
        assertThat(draw(new ChoiceHint(List.of(), null), 2)).containsOnly((Object) null);
    }

    @Test
    void choiceValuesArePlainJavaValues() {
        List<JsonNode> choices = List.of(json("1"), json("100000000000000000000"), json("true"), json("null"),
                json("[1, \"x\"]"), json("{\"k\": 2}"));
        ValueSampler s = Samplers.forHint(new ChoiceHint(choices, List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0)));
        Rng rng = new Rng(1);
        HashSet<Object> seen = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            seen.add(s.sample(rng));
        }
        assertThat(seen).containsExactlyInAnyOrder(1L, new java.math.BigInteger("100000000000000000000"), true, null,
                List.of(1L, "x"), Map.of("k", 2L));
        assertThat(JsonValues.toJava(com.fasterxml.jackson.databind.node.DecimalNode.valueOf(new BigDecimal("0.5"))))
                .isEqualTo(0.5);
        assertThat(JsonValues.toJava(com.fasterxml.jackson.databind.node.DecimalNode.valueOf(
                new BigDecimal("0.12345678901234567890123")))).isInstanceOf(BigDecimal.class);
    }

    @Test
    void constKeepsStringsIntsListsMapsAndNullAndCopiesContainers() {
        assertThat(draw(new ConstHint(json("\"x\"")), 1)).containsExactly("x");
        assertThat(draw(new ConstHint(json("4")), 1)).containsExactly(4L);
        assertThat(draw(new ConstHint(json("null")), 1)).containsExactly((Object) null);
        List<Object> lists = draw(new ConstHint(json("[1, {\"a\": null}]")), 2);
        assertThat(lists.get(0)).isEqualTo(List.of(1L, new HashMap<>(java.util.Collections.singletonMap("a", null))));
        assertThat(lists.get(0)).isNotSameAs(lists.get(1));
    }

    @Test
    void dateIsIsoWithinBoundsAcrossAYearAndHonoursItsFormat() {
        LocalDate lo = LocalDate.parse("2023-12-30");
        LocalDate hi = LocalDate.parse("2024-01-02");
        List<Object> v = draw(new DateHint(lo, hi, null), 200);
        assertThat(new HashSet<>(v)).containsExactlyInAnyOrder("2023-12-30", "2023-12-31", "2024-01-01", "2024-01-02");
        assertThat(draw(new DateHint(lo, lo, null), 3)).containsOnly("2023-12-30");
        assertThat(draw(new DateHint(lo, hi, "MMM dd yyyy"), 50)).allMatch(x -> ((String) x).matches("(Dec|Jan) \\d{2} 202[34]"));
    }

    @Test
    void datetimeIsPythonIsoformatInMinsOffsetOrTheGivenFormat() {
        OffsetDateTime lo = OffsetDateTime.parse("2024-01-01T00:00:00+02:00");
        OffsetDateTime hi = OffsetDateTime.parse("2024-01-02T00:00:00Z");
        for (Object x : draw(new DatetimeHint(lo, hi, null), 200)) {
            String s = (String) x;
            assertThat(s).matches("2024-01-0[12]T\\d{2}:\\d{2}:\\d{2}(\\.\\d{6})?\\+02:00");
            OffsetDateTime t = OffsetDateTime.parse(s);
            assertThat(t).isBetween(lo, hi);
        }
        assertThat(draw(new DatetimeHint(lo, hi, "yyyy-MM-dd'T'HH:mm:ss.SSSX"), 20))
                .allMatch(x -> ((String) x).matches("2024-01-0[12]T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+02"));
        assertThat(draw(new DatetimeHint(lo, hi, "epoch_seconds"), 20)).allMatch(x -> ((String) x).matches("\\d{10}"));
        assertThat(draw(new DatetimeHint(lo, hi, "epoch_millis"), 20)).allMatch(x -> ((String) x).matches("\\d{13}"));
    }

    @Test
    void durationsRoundTripInTheirOwnFormat() {
        assertThat(draw(new DurationHint("HMS", 3600L, 7200L, null), 200))
                .allMatch(x -> ((String) x).matches("0[12]:\\d{2}:\\d{2}"));
        assertThat(draw(new DurationHint("D.HMS", 86400L, 200000L, 100000.0), 100))
                .allMatch(x -> ((String) x).matches("[12]\\.\\d{2}:\\d{2}:\\d{2}"));
        assertThat(draw(new DurationHint("D.HMS.F", 0.5, 10.5, null), 100))
                .allMatch(x -> ((String) x).matches("0\\.00:00:\\d{2}\\.\\d{1,7}") && !((String) x).endsWith("0"));
        // Part A row 7: ISO-8601 durations come back as ISO-8601, not float seconds
        assertThat(draw(new DurationHint("ISO8601_Days", 86400L, 864000L, null), 100))
                .allMatch(x -> ((String) x).matches("P([1-9]|10)D"));
        assertThat(draw(new DurationHint("ISO8601_Weeks", 604800L, 1814400L, null), 100))
                .allMatch(x -> ((String) x).matches("P[1-3]W"));
        // other formats give seconds as a number, as the original
        List<Object> secs = draw(new DurationHint("S", 10L, 90L, null), 200);
        assertThat(secs).allMatch(x -> x instanceof Double d && d >= 10 && d <= 90);
        assertThat(new HashSet<>(secs)).hasSizeGreaterThan(100);
        assertThat(DurationSampler.fraction(0.5)).isEqualTo("5");
        assertThat(DurationSampler.fraction(0.0)).isEqualTo("0");
        assertThat(DurationSampler.fraction(0.6078858)).isEqualTo("6078858");
    }

    @Test
    void macIsSixUppercaseHexPairs() {
        assertThat(draw(new MacHint(), 100)).allMatch(x -> ((String) x).matches("[0-9A-F]{2}(:[0-9A-F]{2}){5}"));
    }

    @Test
    void textIsLoremWithinTheLengthAndVaries() {
        List<Object> v = draw(new TextHint(30L, 124L), 300);
        assertThat(v).allMatch(x -> ((String) x).startsWith("lorem ipsum") && ((String) x).length() <= 124
                && ((String) x).contains(" "));
        assertThat(new HashSet<>(v)).hasSizeGreaterThan(5);
        assertThat(draw(new TextHint(1L, 3L), 50)).allMatch(x -> "lor".startsWith((String) x) && !((String) x).isEmpty());
        assertThat(draw(new TextHint(0L, 0L), 3)).containsOnly("l");
    }

    @Test
    void uuid4IsAParseableVersion4Uuid() {
        List<Object> v = draw(new Uuid4Hint(), 100);
        assertThat(v).allMatch(x -> UUID.fromString((String) x).version() == 4 && UUID.fromString((String) x).variant() == 2
                && x.equals(((String) x).toLowerCase()));
        assertThat(new HashSet<>(v)).hasSize(100);
    }

    @Test
    void versionDefaultsShortFormAndLearnedRanges() {
        assertThat(draw(new VersionHint("Version", null), 300)).allMatch(x -> inRanges((String) x, 1, 5, 0, 20, 0, 50));
        assertThat(draw(new VersionHint("Version_Short", null), 100)).allMatch(x -> ((String) x).matches("[1-5]\\.\\d+"));
        List<Object> learned = draw(new VersionHint("Version", List.of("2.5.15", "3.8.20", "2.6.18")), 2000);
        assertThat(learned).allMatch(x -> inRanges((String) x, 2, 4, 5, 13, 15, 30));
        assertThat(new HashSet<>(learned)).contains("4.13.30", "2.5.15");
        assertThat(draw(new VersionHint("Version", List.of("1.x.3", "2.0.0")), 300))
                .allMatch(x -> inRanges((String) x, 1, 5, 0, 20, 0, 50));
        assertThat(draw(new VersionHint("Version", List.of("0.4.1")), 100)).allMatch(x -> ((String) x).startsWith("1."));
        assertThat(draw(new VersionHint("Version", List.of("1.2.3")), 100)).allMatch(x -> inRanges((String) x, 1, 2, 2, 7, 3, 13));
        assertThat(draw(new VersionHint("Version", List.of("1.2", "3.4.5")), 300)).allMatch(x -> inRanges((String) x, 1, 4, 2, 9, 0, 15));
    }

    @Test
    void textOfWordsHasTheirFrequenciesAndALengthInRange() {
        List<String> words = List.of("engineer", "who", "writes", "about", "tea", "in", "the", "evenings");
        List<Double> weights = List.of(0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.1, 0.1);
        List<Object> v = draw(new TextHint(79, 82, words, weights), 3000);
        Map<String, Integer> counts = new java.util.HashMap<>();
        int tokens = 0;
        for (Object x : v) {
            String t = (String) x;
            assertThat(t.length()).as(t).isBetween(79, 82);
            assertThat(t).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
            String[] parts = t.split(" ");
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                // every token is a word; only the last may be the start of one (a text no word could finish)
                // or a word and a full stop (a text one character short)
                boolean last = i == parts.length - 1;
                assertThat(words.contains(p) || last && words.stream().anyMatch(w -> w.startsWith(p))
                        || last && p.endsWith(".") && words.contains(p.substring(0, p.length() - 1))).as(t).isTrue();
                counts.merge(p, 1, Integer::sum);
                tokens++;
            }
        }
        // the short words fill the ends a little more often than their weights say; the rest follow them
        assertThat(counts.get("engineer") / (double) tokens).isCloseTo(0.2, within(0.04));
        assertThat(counts.get("writes") / (double) tokens).isCloseTo(0.1, within(0.03));
        // tiny ranges: the start of a word
        assertThat(draw(new TextHint(1, 2, words, weights), 200)).allMatch(x -> ((String) x).length() <= 2
                && !((String) x).isEmpty());
        // the shortest and longest edge texts keep the range
        TextSampler s = new TextSampler(new TextHint(79, 82, words, weights));
        Rng rng = new Rng(3);
        for (int i = 0; i < 200; i++) {
            assertThat(s.text(rng, 79)).hasSize(79).doesNotStartWith(" ").doesNotEndWith(" ");
            assertThat(s.text(rng, 82)).hasSize(82).doesNotStartWith(" ").doesNotEndWith(" ");
        }
    }

    @Test
    void textWordsFollowTheirLearnedOrder() {
        List<String> words = List.of("software", "engineer", "who", "writes", "about", "tea", "chess");
        List<Double> weights = List.of(0.2, 0.2, 0.2, 0.2, 0.1, 0.05, 0.05);
        // software -> engineer -> who -> writes -> about -> tea | chess -> (any)
        List<List<Integer>> next = List.of(List.of(1), List.of(2), List.of(3), List.of(4), List.of(5, 6), List.of(),
                List.of());
        List<Object> v = draw(new TextHint(30, 60, words, weights, List.of(0), next), 2000);
        int pairs = 0;
        int chained = 0;
        for (Object x : v) {
            String t = (String) x;
            assertThat(t.length()).isBetween(30, 60);
            assertThat(t).startsWith("software engineer who");
            String[] tokens = t.split(" ");
            for (int i = 1; i < tokens.length; i++) {
                int a = words.indexOf(tokens[i - 1]);
                int b = words.indexOf(tokens[i]);
                if (a >= 0 && b >= 0 && !next.get(a).isEmpty()) {
                    pairs++;
                    chained += next.get(a).contains(b) ? 1 : 0;
                }
            }
        }
        // a follower is left only when it does not fit the length left
        assertThat(chained / (double) pairs).isGreaterThan(0.97);
    }

    @Test
    void versionPartsAreGeneratedExactlyAndUniformly() {
        List<VersionHint.Part> parts = List.of(new VersionHint.Part(1, 3), new VersionHint.Part(0, 9),
                new VersionHint.Part(0, 20));
        List<Object> v = draw(new VersionHint("Version", List.of("1.9.0", "3.0.20"), parts), 30_000);
        assertThat(v).allMatch(x -> inRanges((String) x, 1, 3, 0, 9, 0, 20));
        assertThat(new HashSet<>(v)).contains("1.0.0", "3.9.20").hasSize(3 * 10 * 21);
        long major0 = v.stream().filter(x -> ((String) x).startsWith("0.")).count();
        long major3 = v.stream().filter(x -> ((String) x).startsWith("3.")).count();
        assertThat(major0).isZero();
        assertThat(major3 / 30_000.0).isCloseTo(1 / 3.0, within(0.015));
        // a major 0 seen in the data is kept (the original never generates it)
        assertThat(draw(new VersionHint("Version_Short", null, List.of(new VersionHint.Part(0, 0),
                new VersionHint.Part(4, 5))), 200)).allMatch(x -> x.equals("0.4") || x.equals("0.5"));
        assertThatThrownBy(() -> new VersionHint("Version", null, parts.subList(0, 2)))
                .hasMessage("Version has 3 parts, got ranges for 2");
    }

    private static boolean inRanges(String v, long a0, long a1, long b0, long b1, long c0, long c1) {
        String[] p = v.split("\\.");
        long a = Long.parseLong(p[0]);
        long b = Long.parseLong(p[1]);
        long c = Long.parseLong(p[2]);
        return p.length == 3 && a >= a0 && a <= a1 && b >= b0 && b <= b1 && c >= c0 && c <= c1;
    }
}
