package io.factoreally.internal.evaluate;

import io.factoreally.FactoreallyException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Evaluation input goes through the analysis' record reader: same formats, same errors. */
class RecordFilesTest {
    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsArraysAndNdjson() {
        assertThat(RecordFiles.read(in("[{\"a\":1},\n{\"a\":{\"b\":[1,2]}}]\n"), "x")).hasSize(2)
                .last().hasToString("{\"a\":{\"b\":[1,2]}}");
        assertThat(RecordFiles.read(in("{\"a\":1}\n{\"a\":2}\n{\"a\":3}"), "x")).hasSize(3);
        assertThat(RecordFiles.read(in("[]"), "x")).isEmpty();
        assertThat(RecordFiles.read(Path.of("../../shared/data/cars.json"))).hasSize(406);
    }

    @Test
    void malformedInputNamesSourceLineAndColumn() {
        assertThatThrownBy(() -> RecordFiles.read(in("[{\"a\":1},\n{\"a\" 2}]"), "real.json"))
                .isInstanceOf(FactoreallyException.class)
                .hasMessageStartingWith("real.json: invalid JSON at line 2, column 6: ");
        assertThatThrownBy(() -> RecordFiles.read(in("[1]"), "real.json"))
                .isInstanceOf(FactoreallyException.class)
                .hasMessageStartingWith("real.json: record 1 at line 1, column 2 is ");
        assertThatThrownBy(() -> RecordFiles.read(in("  "), "real.json"))
                .isInstanceOf(FactoreallyException.class)
                .hasMessageStartingWith("real.json: no JSON data");
    }
}
