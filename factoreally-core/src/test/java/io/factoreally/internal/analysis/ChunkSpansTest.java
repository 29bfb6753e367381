package io.factoreally.internal.analysis;

import io.factoreally.internal.relations.RecordSample;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkSpansTest {
    /** {@code n} lines of 10 bytes, a blank line after every 100th. */
    private static byte[] lines(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(String.format("{\"i\":%3d}\n", i % 1000));
            if (i % 100 == 99) {
                b.append("  \n");
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ChunkSpans spans(byte[] text, RecordSample.Admission admission) {
        return new ChunkSpans(new NdjsonLines(new ByteArrayInputStream(text), 4096), admission);
    }

    @Test
    void spansAreWholeChunksOfLinesBackToBack() throws IOException {
        byte[] text = lines(5000);
        ChunkSpans spans = spans(text, null);
        ChunkSpans.Span a = spans.take(2);
        ChunkSpans.Span b = spans.take(2);
        ChunkSpans.Span c = spans.take(2);
        assertThat(a).isEqualTo(new ChunkSpans.Span(0, 2048 * 10 + 20 * 3, 0, 2048)); // 20 blank lines before
        assertThat(b.from()).isEqualTo(a.to());
        assertThat(b.firstIndex()).isEqualTo(2048);
        assertThat(c.records()).isEqualTo(5000 - 4096); // the last, shorter
        assertThat(c.to()).isEqualTo(text.length);
        assertThat(spans.take(2)).isNull();
    }

    @Test
    void countingAheadAdmitsFewerRecordsButEveryOneTheSampleKeeps() throws IOException {
        int n = 40_000;
        RecordSample sample = RecordSample.of(true, 1000);
        ChunkSpans spans = spans(lines(n), sample.admission());
        RecordSample.Admission past = RecordSample.of(true, 1000).admission(); // deciding from the records before
        RecordSample.Admission all = RecordSample.of(true, 1000).admission(); // having seen every record
        for (int i = 0; i < n; i++) {
            all.see(i);
        }
        int admittedAhead = 0;
        int admittedPast = 0;
        ChunkSpans.Span s;
        while ((s = spans.take(4)) != null) {
            int[] admitted = spans.admitted(s);
            admittedAhead += admitted.length;
            java.util.Set<Long> ahead = new java.util.HashSet<>();
            for (int i : admitted) {
                ahead.add(s.firstIndex() + i);
            }
            for (long i = s.firstIndex(); i < s.firstIndex() + s.records(); i++) {
                admittedPast += past.admit(i) ? 1 : 0;
                if (all.mayKeep(i)) {
                    assertThat(ahead).as("record %d, kept in the end", i).contains(i);
                }
            }
        }
        assertThat(admittedAhead).isLessThan(admittedPast / 2);
    }
}
