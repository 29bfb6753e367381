package io.factoreally.internal.spec;

import io.factoreally.FactoreallyException;
import io.factoreally.FactorySpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hostile specs: each is rejected with a message naming what is wrong, never a StackOverflowError or OOM. */
class BrokenSpecTest {

    @Test
    void tenThousandDeepJsonIsRejectedByTheParserNotTheStack() {
        String deep = "{\"fields\": {\"a\": {\"CONST\": {\"val\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}}}}";
        assertThatThrownBy(() -> FactorySpec.fromJson(deep))
                .isInstanceOf(SpecFormatException.class)
                .hasMessageStartingWith("<json>: invalid JSON at line 1, column ")
                .hasMessageEndingWith("Document nesting depth (1001) exceeds the maximum allowed (1000)");
    }

    @Test
    void tenThousandSegmentPathIsRejectedNamingTheLimit() {
        String path = "a" + ".b".repeat(9_999);
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {\"" + path + "\": {\"UUID4\": {}}}}"))
                .isInstanceOf(SpecFormatException.class)
                .hasMessageContaining("path is 10000 levels deep, at most 200 are supported");
    }

    @Test
    void fiftyMegabyteStringIsRejectedWithoutExhaustingMemory() {
        StringBuilder b = new StringBuilder(50_000_100).append("{\"fields\": {\"a\": {\"CONST\": {\"val\": \"");
        b.append("x".repeat(50_000_000)).append("\"}}}}");
        assertThatThrownBy(() -> FactorySpec.fromJson(b.toString()))
                .isInstanceOf(SpecFormatException.class)
                .hasMessageStartingWith("<json>: invalid JSON at line 1, column ")
                .hasMessageContaining("String value length (").hasMessageEndingWith("exceeds the maximum allowed (20000000)");
    }

    @Test
    void hugeArrayLengthIsRejected() {
        assertThatThrownBy(() -> FactorySpec.fromJson(
                "{\"fields\": {\"m\": {\"OBJECT\": {}, \"NUMBER\": {\"min\": 0, \"max\": 5e9}}}}"))
                .isInstanceOf(SpecFormatException.class)
                .hasMessage("<json>: field \"m\" NUMBER.max 5.0E9 is too large for a key count (at most 1000000)");
    }

    @Test
    void wrongShapesNameThePath() {
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {\"a\": [\"NUMBER\"]}}"))
                .hasMessage("<json>: field \"a\" must map hint names to parameter objects, got array [\"NUMBER\"]");
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {\"a\": {\"NUMBER\": 3}}}"))
                .hasMessage("<json>: field \"a\" NUMBER: parameters must be an object, got number 3");
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {\"a\": {\"TEXT\": {\"min\": 1, \"max\": 1e12}}}}"))
                .hasMessage("<json>: field \"a\" TEXT.max must be at most 10000000, got 1.0E12");
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {\"a\": {\"NUMBER\": {\"min\": 0, \"max\": 1, \"gamma\": [2, 0, 0]}}}}"))
                .hasMessage("<json>: field \"a\" NUMBER.gamma beta (rate) must be positive, got 0.0");
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {\"a..b\": {\"UUID4\": {}}}}"))
                .hasMessage("<json>: field \"a..b\": invalid path: empty member name at position 2");
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {\"a\": {\"DATETIME\": {\"min\": \"2024-01-01\", \"max\": \"2024-01-02T00:00:00Z\"}}}}"))
                .hasMessage("<json>: field \"a\" DATETIME.min must be an ISO-8601 date-time with an offset, got \"2024-01-01\"");
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {\"a\": {\"VERSION\": {\"pattern_type\": \"semver\"}}}}"))
                .hasMessage("<json>: field \"a\" VERSION.pattern_type must be \"Version\" or \"Version_Short\", got \"semver\"");
    }

    @Test
    void datetimeFormatMustBeAbleToWriteTheBounds() {
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {\"t\": {\"DATETIME\": {\"min\": \"2024-01-01T00:00:00Z\", "
                + "\"max\": \"2024-01-02T00:00:00Z\", \"format\": \"yyyy VV\"}}}}"))
                .hasMessageStartingWith("<json>: field \"t\" DATETIME.format is not a pattern that can write 2024-01-01T00:00Z (\"yyyy VV\"): ");
        // found by SpecLoadingFuzzTest: the JDK throws ClassCastException for this pattern
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {\"d\": {\"DATE\": {\"min\": \"2024-01-01\", "
                + "\"max\": \"2024-01-02\", \"format\": \"epmh_iocllis\"}}}}"))
                .hasMessageStartingWith("<json>: field \"d\" DATE.format is not a pattern that can write 2024-01-01");
    }

    @Test
    void trailingGarbageAndNanAreInvalidJson() {
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {}} x"))
                .isInstanceOf(FactoreallyException.class).hasMessageStartingWith("<json>: invalid JSON at line 1, column 16: Unrecognized token 'x'");
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {\"a\": {\"NUMBER\": {\"min\": NaN, \"max\": 1}}}}"))
                .isInstanceOf(FactoreallyException.class).hasMessageStartingWith("<json>: invalid JSON at line 1, column ");
    }

    @Test
    void keysWithSpecialCharactersRoundTripThroughEscapes() {
        String key = "a.b[]{}\\";
        String path = FieldPath.member("", key) + "." + FieldPath.escape("");
        assertThat(path).isEqualTo("a\\.b\\[\\]\\{\\}\\\\.\\e");
        assertThat(FieldPath.parse(path)).containsExactly(new FieldPath.Member(key), new FieldPath.Member(""));
        assertThat(FieldPath.parse("daily_actions.{}[].timestamp")).containsExactly(
                new FieldPath.Member("daily_actions"), new FieldPath.MapValue(), new FieldPath.Element(),
                new FieldPath.Member("timestamp"));
        assertThat(FieldPath.format(FieldPath.parse("matrix[][]"))).isEqualTo("matrix[][]");
        assertThat(FieldPath.parent("items[].name")).isEqualTo("items[]");
        assertThat(FieldPath.parent("m.{}")).isEqualTo("m");
    }
}
