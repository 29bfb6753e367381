package io.factoreally.internal.analysis;

import com.fasterxml.jackson.core.JsonParser;
import io.factoreally.internal.model.ModelShape;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentsTest {
    private static final ModelPaths NONE = ModelPaths.of(ModelShape.none(), false);

    /** The tree of one chunk of records with {@code fields} numeric fields each. */
    private static PathNode chunk(int fields) throws IOException {
        StringBuilder record = new StringBuilder("{");
        for (int f = 0; f < fields; f++) {
            record.append(f == 0 ? "" : ", ").append("\"f").append(f).append("\": ").append(f);
        }
        String line = record.append("}\n").toString();
        byte[] bytes = line.repeat(Analysis.CHUNK).getBytes(StandardCharsets.UTF_8);
        Extractor x = new Extractor(NONE, StringFormats.all());
        try (JsonParser p = RecordReader.parser(bytes, 0, bytes.length)) {
            for (int i = 0; i < Analysis.CHUNK; i++) {
                p.nextToken();
                x.record(p, i);
            }
        }
        return x.root();
    }

    @Test
    void valuesCountEveryOccurrenceOfEveryPath() throws IOException {
        assertThat(Segments.values(chunk(3))).isEqualTo(4L * Analysis.CHUNK); // the record and its 3 fields
    }

    @Test
    void wideRecordsGetShorterSegments() throws IOException {
        assertThat(Segments.chunksPerSegment(chunk(3))).isEqualTo(Segments.MAX_CHUNKS);
        assertThat(Segments.chunksPerSegment(chunk(99))).isEqualTo(5); // 2^19 / (100 * 1024)
        assertThat(Segments.chunksPerSegment(chunk(600))).isEqualTo(1);
    }
}
