package io.factoreally.internal.analysis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Looking strings up from a character buffer finds exactly what looking them up as Strings finds. */
class CountTableTest {
    /** Latin-1, other BMP characters, a surrogate pair (U+1F600), the empty string. */
    private static final List<String> SPECIAL = List.of("", "a", "é", "ÿ", "Ā", "日本語", "😀", "a😀b", "\uD83D",
            "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "abcd", "abcde", "abcdefgh", "abcdefghi");

    private static char[] padded(String s, int offset) {
        char[] c = new char[offset + s.length() + 3];
        java.util.Arrays.fill(c, 'x');
        s.getChars(0, s.length(), c, offset);
        return c;
    }

    @Test
    void hashIsStringHashCodeForEveryLengthAndCharacter() {
        SplittableRandom r = new SplittableRandom(7);
        List<String> strings = new ArrayList<>(SPECIAL);
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(40);
            for (int j = 0; j < n; j++) {
                b.append((char) (r.nextBoolean() ? r.nextInt(32, 256) : r.nextInt(0x10000)));
            }
            strings.add(b.toString());
        }
        for (String s : strings) {
            assertThat(CountTable.hash(padded(s, 5), 5, s.length())).as(s).isEqualTo(s.hashCode());
        }
    }

    @Test
    void collidingStringsAreToldApart() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode()).isEqualTo("AaBB".hashCode());
        CountTable t = new CountTable();
        char[] aa = "Aa".toCharArray();
        char[] bb = "BB".toCharArray();
        assertThat(t.find(aa, 0, 2)).isEqualTo(-1);
        assertThat(t.append("Aa", 1, 0, 0)).isZero();
        assertThat(t.find(bb, 0, 2)).isEqualTo(-1);
        assertThat(t.append("BB", 1, 0, 1)).isEqualTo(1);
        assertThat(t.find(aa, 0, 2)).isZero();
        assertThat(t.find(bb, 0, 2)).isEqualTo(1);
        assertThat(t.find("BB")).isEqualTo(1);
        for (String s : List.of("AaAa", "BBBB", "AaBB")) {
            assertThat(t.find(s.toCharArray(), 0, 4)).isEqualTo(-1);
        }
    }

    @Test
    void charactersAndStringsFindTheSameKeys() {
        CountTable t = new CountTable();
        for (String s : SPECIAL) { // appended after a lookup from characters or as a String, alternately
            int at = t.size();
            if (at % 2 == 0) {
                assertThat(t.find(padded(s, 3), 3, s.length())).isEqualTo(-1);
            } else {
                assertThat(t.find(s)).isEqualTo(-1);
            }
            assertThat(t.append(s, 1, 0, at)).isEqualTo(at);
        }
        for (int i = 0; i < SPECIAL.size(); i++) {
            String s = SPECIAL.get(i);
            assertThat(t.find(padded(s, 1), 1, s.length())).as(s).isEqualTo(i);
            assertThat(t.find(new String(s.toCharArray()))).as(s).isEqualTo(i);
        }
        // a prefix, a longer string and a non-String key are misses
        assertThat(t.find("abcdefg".toCharArray(), 0, 7)).isEqualTo(-1);
        assertThat(t.find("abcdefghij".toCharArray(), 0, 10)).isEqualTo(-1);
        assertThat(t.find((Object) 12L)).isEqualTo(-1);
        t.append(12L, 1, 0, 99);
        assertThat(t.find("12".toCharArray(), 0, 2)).isEqualTo(-1);
        assertThat(t.find((Object) 12L)).isEqualTo(SPECIAL.size());
    }

    @Test
    void keysOfEveryLengthAreFoundFromCharactersAfterRetainingSome() {
        CountTable t = new CountTable();
        List<Object> keys = new ArrayList<>(SPECIAL);
        keys.add("x".repeat(256));
        keys.add("y".repeat(257));
        keys.add("z".repeat(768) + "é");
        keys.add(7L);
        keys.add(2.5);
        for (int i = 0; i < 200; i++) {
            keys.add("k" + i);
        }
        for (Object k : keys) {
            assertThat(t.find(k)).isEqualTo(-1);
            t.append(k, 1, 0, t.size());
        }
        boolean[] keep = new boolean[keys.size()];
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            keep[i] = i % 3 != 1;
            if (keep[i]) {
                kept.add(keys.get(i));
            }
        }
        t.retain(keep);
        assertThat(t.size()).isEqualTo(kept.size());
        for (int i = 0; i < keys.size(); i++) {
            Object k = keys.get(i);
            int expected = keep[i] ? kept.indexOf(k) : -1;
            assertThat(t.find(k)).as("%s", k).isEqualTo(expected);
            if (k instanceof String s) {
                assertThat(t.find(padded(s, 4), 4, s.length())).as(s).isEqualTo(expected);
                assertThat(t.find(padded(s + "!", 4), 4, s.length() + 1)).isEqualTo(-1);
            }
        }
        // keys appended after retaining go after the kept ones and are found too
        for (int i = 0; i < keys.size(); i++) {
            if (!keep[i]) {
                assertThat(t.find(keys.get(i))).isEqualTo(-1);
                t.append(keys.get(i), 1, 0, 1000 + i);
            }
        }
        for (Object k : keys) {
            assertThat(t.key(t.find(k))).isEqualTo(k);
            if (k instanceof String s) {
                assertThat(t.find(padded(s, 1), 1, s.length())).isEqualTo(t.find(k));
            }
        }
    }

    @Test
    void aValueSeenAgainEarlierThanAnyPositionSoFarTakesThatFirstPosition() {
        ValueCounts v = new ValueCounts();
        v.add("a", 10);
        v.addLong(7, 20);
        v.addDouble(1.5, 30);
        v.add("a".toCharArray(), 0, 1, 40); // later: positions stay
        v.addLong(7, 50);
        v.add("a".toCharArray(), 0, 1, 5); // earlier than every position so far (a merged chunk's order)
        v.addLong(7, 3);
        v.addDouble(1.5, 4);
        v.add((Object) "a", 60);
        assertThat(v.entries().values().stream().map(e -> e.first).toList()).containsExactly(3L, 4L, 5L);
        assertThat(v.entries().values().stream().map(e -> e.count).toList()).containsExactly(3L, 2L, 4L);
    }

    @Test
    void countingFromCharactersEqualsCountingStringsThroughEvictionAndMerge() {
        SplittableRandom r = new SplittableRandom(11);
        ValueCounts fromChars = new ValueCounts(8);
        ValueCounts fromStrings = new ValueCounts(8);
        ValueCounts merged = new ValueCounts(8);
        ValueCounts chunk = new ValueCounts(8);
        for (int i = 0; i < 5000; i++) {
            String s = i % 7 == 0 ? SPECIAL.get(r.nextInt(SPECIAL.size())) : "v" + (int) Math.sqrt(r.nextInt(2500));
            char[] c = padded(s, 2);
            String made = fromChars.add(c, 2, s.length(), i);
            boolean isNew = fromStrings.add(s, i);
            assertThat(made != null).isEqualTo(isNew);
            if (made != null) {
                assertThat(made).isEqualTo(s);
            }
            chunk.add(c, 2, s.length(), i);
            if (i % 100 == 99) { // chunk boundary: fold a chunk counted from characters into a String total
                fromChars.chunkDone();
                fromStrings.chunkDone();
                merged.merge(chunk);
                merged.chunkDone();
                chunk = new ValueCounts(8);
            }
        }
        assertThat(fromChars.complete()).isFalse();
        assertThat(snapshot(fromChars)).isEqualTo(snapshot(fromStrings)).isEqualTo(snapshot(merged));
        assertThat(fromChars.distinct()).isEqualTo(fromStrings.distinct()).isEqualTo(merged.distinct());
        assertThat(fromChars.total()).isEqualTo(fromStrings.total()).isEqualTo(5000);
    }

    @Test
    void parserBuffersGiveTheSameCountsAsParserStrings() throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(SPECIAL.get(i % SPECIAL.size()).replace("\uD83D", "\\uD83D"))
                    .append(i % 3 == 0 ? "\\n" : "").append('"');
        }
        String text = json.append(']').toString();
        JsonFactory f = new JsonFactory();
        for (int source = 0; source < 2; source++) {
            ValueCounts fromChars = new ValueCounts();
            ValueCounts fromStrings = new ValueCounts();
            try (JsonParser p = source == 0 ? f.createParser(text.getBytes(StandardCharsets.UTF_8))
                    : f.createParser(new StringReader(text))) {
                long i = 0;
                p.nextToken();
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    assertThat(p.hasTextCharacters()).isTrue();
                    String made = fromChars.add(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), i);
                    assertThat(made != null).isEqualTo(fromStrings.add(p.getText(), i));
                    i++;
                }
                assertThat(i).isEqualTo(300);
            }
            assertThat(snapshot(fromChars)).isEqualTo(snapshot(fromStrings));
            assertThat(fromChars.size()).isEqualTo(2 * SPECIAL.size());
        }
    }

    private static List<String> snapshot(ValueCounts v) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Object, ValueCounts.Entry> e : v.entries().entrySet()) {
            out.add(e.getKey() + "=" + e.getValue().count + "/" + e.getValue().error + "/" + e.getValue().first);
        }
        return out;
    }

    @Test
    void eachEntryKeepsItsKeysHashCodeWhicheverWayItWasAppended() {
        CountTable t = new CountTable();
        char[] chars = padded("日本語 key", 3);
        assertThat(t.find(chars, 3, 7)).isEqualTo(-1);
        t.append(new String(chars, 3, 7), 1, 0, 0);
        assertThat(t.find(42L)).isEqualTo(-1);
        t.append(42L, 1, 0, 1);
        assertThat(t.find(-0.5)).isEqualTo(-1);
        t.append(-0.5, 1, 0, 2);
        assertThat(t.find((Object) Boolean.TRUE)).isEqualTo(-1);
        t.append(Boolean.TRUE, 1, 0, 3);
        for (int i = 0; i < t.size(); i++) {
            assertThat(t.hashCode(i)).as("%s", t.key(i)).isEqualTo(t.key(i).hashCode());
            // found again from the kept hash code, as merging does
            assertThat(t.find(t.key(i), t.hashCode(i))).isEqualTo(i);
        }
        assertThat(t.find("日本語 kez", "日本語 kez".hashCode())).isEqualTo(-1);
    }
}
