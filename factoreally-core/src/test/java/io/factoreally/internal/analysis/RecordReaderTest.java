package io.factoreally.internal.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.FactoreallyException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordReaderTest {

    private static List<String> read(String text) {
        return read(RecordReader.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in.json"));
    }

    private static List<String> read(RecordReader reader) {
        List<String> out = new ArrayList<>();
        reader.read((p, index) -> {
            JsonNode n = RecordReader.MAPPER.readTree(p);
            out.add(index + ":" + n);
        });
        return out;
    }

    @Test
    void readsAJsonArray() {
        assertThat(read(" [ {\"a\": 1}, {\"b\": [true]} ]\n")).containsExactly("0:{\"a\":1}", "1:{\"b\":[true]}");
    }

    @Test
    void readsNdjsonWithBlankLinesAndABom() {
        String text = "\uFEFF{\"a\": 1}\n\n   \n{\"a\": 2}\r\n{\"a\": 3}";
        assertThat(read(text)).containsExactly("0:{\"a\":1}", "1:{\"a\":2}", "2:{\"a\":3}");
    }

    @Test
    void readsFromAReader() {
        assertThat(read(RecordReader.of(new StringReader("{\"a\":1}\n{\"a\":2}\n"), "r")))
                .containsExactly("0:{\"a\":1}", "1:{\"a\":2}");
    }

    @Test
    void readsMapsAndNodes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", List.of(1, 2));
        List<Object> records = List.of(m, RecordReader.MAPPER.createObjectNode().put("y", "z"));
        assertThat(read(RecordReader.ofObjects(records, "mem"))).containsExactly("0:{\"x\":[1,2]}", "1:{\"y\":\"z\"}");
    }

    @Test
    void javaTimeValuesInMapsAreIsoStrings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", java.time.LocalDate.of(2024, 2, 29));
        m.put("at", java.time.Instant.parse("2024-01-01T10:00:00Z"));
        assertThat(read(RecordReader.ofObjects(List.of(m), "mem")))
                .containsExactly("0:{\"day\":\"2024-02-29\",\"at\":\"2024-01-01T10:00:00Z\"}");
    }

    @Test
    void anEmptyArrayIsZeroRecords() {
        assertThat(read("[]")).isEmpty();
    }

    @Test
    void aTopLevelObjectIsAnErrorThatSuggestsTheFix() {
        assertThatThrownBy(() -> read("{\n  \"a\": 1,\n  \"b\": 2\n}\n"))
                .isInstanceOf(FactoreallyException.class)
                .hasMessage("in.json: the input is a single JSON object, not a list of records. Wrap it in [ ] to"
                        + " analyse it as one record, or write one object per line (NDJSON)");
    }

    @Test
    void malformedJsonNamesLineColumnAndWhatWasExpected() {
        assertThatThrownBy(() -> read("[\n{\"a\": 1},\n{\"a\" 2}\n]"))
                .isInstanceOf(FactoreallyException.class)
                .hasMessageStartingWith("in.json: invalid JSON at line 3, column 6: Unexpected character ('2'")
                .hasMessageContaining("was expecting a colon");
    }

    @Test
    void malformedNdjsonLine() {
        assertThatThrownBy(() -> read("{\"a\": 1}\n{\"a\": 1,}\n"))
                .hasMessageStartingWith("in.json: invalid JSON at line 2, column 9: Unexpected character ('}'");
    }

    @Test
    void aRecordThatIsNotAnObjectIsAShapeError() {
        assertThatThrownBy(() -> read("[{\"a\": 1}, 5]"))
                .hasMessage("in.json: record 2 at line 1, column 12 is a number, but every record must be a JSON object");
        assertThatThrownBy(() -> read("\"text\""))
                .hasMessage("in.json: expected a JSON array of objects or NDJSON (one object per line), but the input"
                        + " starts with a string at line 1, column 1");
    }

    @Test
    void trailingContentAfterTheArrayIsRejected() {
        assertThatThrownBy(() -> read("[{}] [{}]"))
                .hasMessage("in.json: invalid JSON at line 1, column 6: unexpected content after the closing ']' of the"
                        + " array of records");
        assertThatThrownBy(() -> read("[{}]x")).hasMessageStartingWith("in.json: invalid JSON at line 1, column");
    }

    @Test
    void emptyInputIsAnError() {
        assertThatThrownBy(() -> read("  \n ")).hasMessage("in.json: no JSON data at line 2, column 2 (the input is empty)");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> read("[{\"a\": 1, \"a\": 2}]"))
                .hasMessage("in.json: duplicate key 'a' in one object at line 1, column 14: parsers disagree on which"
                        + " value wins, so such records are rejected; remove one of them");
    }

    @Test
    void nanAndLeadingZerosAreRejected() {
        assertThatThrownBy(() -> read("[{\"a\": NaN}]")).hasMessageContaining("invalid JSON at line 1, column");
        assertThatThrownBy(() -> read("[{\"a\": 012}]")).hasMessageContaining("Leading zeroes not allowed");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> read(RecordReader.of(Path.of("no/such/file.json"))))
                .hasMessageStartingWith("input file not found: ").hasMessageEndingWith("file.json");
    }

    @Test
    void countsBytes() {
        RecordReader r = RecordReader.of(new ByteArrayInputStream("[{\"a\":1}]".getBytes(StandardCharsets.UTF_8)), "x");
        read(r);
        assertThat(r.bytesRead()).isEqualTo(9);
    }

    /** JSONTestSuite files: n_* are rejected with a FactoreallyException, y_* parse or fail with a shape error. */
    @Test
    void jsonTestSuite() throws IOException {
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(TestAnalysis.DATA.resolve("bad-json"))) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                RecordReader reader = RecordReader.of(f);
                if (name.startsWith("n_")) {
                    assertThatThrownBy(() -> read(reader)).as(name).isInstanceOf(FactoreallyException.class)
                            .hasMessageStartingWith(f.toString() + ": ");
                } else {
                    try {
                        read(reader);
                    } catch (FactoreallyException e) {
                        assertThat(e.getMessage()).as(name).doesNotContain("invalid JSON");
                    }
                }
                n++;
            }
        }
        assertThat(n).isEqualTo(62);
    }
}
