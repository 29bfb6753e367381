package io.factoreally.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact output formats of generated records. */
class RecordWriterTest {

    private static String write(RecordWriter.Format format, boolean pretty, int n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RecordWriter w = new RecordWriter(out, format, pretty)) {
            for (int i = 0; i < n; i++) {
                Map<String, Object> rec = new LinkedHashMap<>();
                rec.put("id", i);
                rec.put("big", new BigInteger("123456789012345678901234567890"));
                rec.put("tags", List.of("a", "é"));
                rec.put("none", null);
                w.write(rec);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonArrayWithOneRecordPerLine() throws IOException {
        assertThat(write(RecordWriter.Format.JSON, false, 2)).isEqualTo("""
                [
                {"id":0,"big":123456789012345678901234567890,"tags":["a","é"],"none":null},
                {"id":1,"big":123456789012345678901234567890,"tags":["a","é"],"none":null}
                ]
                """);
        assertThat(write(RecordWriter.Format.JSON, false, 0)).isEqualTo("[]\n");
    }

    @Test
    void ndjson() throws IOException {
        assertThat(write(RecordWriter.Format.NDJSON, false, 2)).isEqualTo("""
                {"id":0,"big":123456789012345678901234567890,"tags":["a","é"],"none":null}
                {"id":1,"big":123456789012345678901234567890,"tags":["a","é"],"none":null}
                """);
        assertThat(write(RecordWriter.Format.NDJSON, false, 0)).isEmpty();
    }

    @Test
    void prettyUsesLineFeedsOnEveryPlatform() throws IOException {
        String s = write(RecordWriter.Format.JSON, true, 1);
        assertThat(s).startsWith("[\n  {\n    \"id\" : 0,\n").endsWith("\n  }\n]\n").doesNotContain("\r");
    }
}
