package io.factoreally.internal.evaluate;

import io.factoreally.FactoreallyException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordFilesTest {
    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsArraysAndNdjson() {
        assertThat(RecordFiles.read(in("[{\"a\":1},\n{\"a\":2}]\n"), "x")).hasSize(2);
        assertThat(RecordFiles.read(in("{\"a\":1}\n{\"a\":2}\n{\"a\":3}"), "x")).hasSize(3);
        assertThat(RecordFiles.read(in("[]"), "x")).isEmpty();
        assertThat(RecordFiles.read(Path.of("../../shared/data/cars.json"))).hasSize(406);
    }

    @Test
    void malformedInputNamesSourceLineAndColumn() {
        assertThatThrownBy(() -> RecordFiles.read(in("[{\"a\":1},\n{\"a\" 2}]"), "real.json"))
                .isInstanceOf(FactoreallyException.class)
                .hasMessageStartingWith("real.json: malformed JSON at line 2, column 6: ");
        assertThatThrownBy(() -> RecordFiles.read(in("[{\"a\":1}] x"), "real.json"))
                .hasMessageStartingWith("real.json: malformed JSON at line 1, column ");
        assertThatThrownBy(() -> RecordFiles.read(in("[{\"a\":1}] {}"), "real.json"))
                .hasMessage("real.json: content after the array at line 1, column 11");
        assertThatThrownBy(() -> RecordFiles.read(in("[1]"), "real.json"))
                .hasMessage("real.json: record 0 at line 1, column 2 is not a JSON object "
                        + "(expected an array of objects or one object per line)");
        assertThatThrownBy(() -> RecordFiles.read(in("  "), "real.json"))
                .hasMessage("real.json: no records (empty input)");
        assertThatThrownBy(() -> RecordFiles.read(Path.of("no/such.json")))
                .hasMessage("file not found: no/such.json");
    }
}
