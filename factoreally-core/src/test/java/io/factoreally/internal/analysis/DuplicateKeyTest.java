package io.factoreally.internal.analysis;

import io.factoreally.CreateOptions;
import io.factoreally.FactoreallyException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A key twice in one object is rejected with its line and column, with one thread (where the extractor
 * checks, not the parser) as with several; the same key in different objects is fine.
 */
class DuplicateKeyTest {
    private static final String SUFFIX = "in one object at line ";

    private static String wide(boolean duplicate) {
        StringBuilder b = new StringBuilder("{\"id\": 2, \"m\": {");
        for (int i = 0; i < PathNode.MAX_MEMBERS + 20; i++) {
            b.append(i == 0 ? "" : ", ").append("\"k").append(i).append("\": ").append(i);
        }
        // past the fold into a dynamic map, a key from before the fold comes again
        return b.append(duplicate ? ", \"k3\": 0" : "").append("}}").toString();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aKeyTwiceInOneObjectIsRejected(int threads) {
        CreateOptions o = CreateOptions.defaults().threads(threads);
        assertThatThrownBy(() -> TestAnalysis.run("[{\"a\": 1, \"a\": 2}]", o))
                .isInstanceOf(FactoreallyException.class)
                .hasMessageStartingWith("test.json: duplicate key 'a' " + SUFFIX + "1, column 11:")
                .hasMessageEndingWith(": parsers disagree on which value wins, so such records are rejected;"
                        + " remove one of them");
        assertThatThrownBy(() -> TestAnalysis.run("{\"x\": {\"b\": 1}}\n{\"x\": {\"b\": 1, \"c\": [{\"d\": 1, \"d\": 1}]}}", o))
                .hasMessageStartingWith("test.json: duplicate key 'd' " + SUFFIX + "2, column 31:");
        assertThatThrownBy(() -> TestAnalysis.run(wide(false) + "\n" + wide(true), o))
                .hasMessageStartingWith("test.json: duplicate key 'k3' " + SUFFIX + "2, column ");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void theSameKeyInOtherObjectsIsFine(int threads) {
        String ok = "[{\"a\": {\"a\": 1}, \"b\": [{\"a\": 1}, {\"a\": 2}]}, {\"a\": {\"a\": 3}, \"b\": []}]";
        assertThat(TestAnalysis.run(ok, CreateOptions.defaults().threads(threads)).records()).isEqualTo(2);
        assertThat(TestAnalysis.run(wide(false) + "\n" + wide(false), CreateOptions.defaults().threads(threads))
                .records()).isEqualTo(2);
    }
}
