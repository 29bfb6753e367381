package io.factoreally.internal.analysis;

import io.factoreally.internal.relations.RecordSample;

import java.io.IOException;
import java.util.ArrayDeque;

/**
 * Chunks of an NDJSON file (as {@link Analysis#CHUNK} non-blank lines each) marked out by counting lines
 * ({@link NdjsonLines}, no bytes kept), ahead of the spans {@link ParallelNdjsonFile} hands out: every record
 * counted is {@link RecordSample.Admission#see seen} by the sample's admission, so a segment captures
 * only the records that are still among the smallest priorities of all records counted so far
 * (far fewer near the start than deciding from the records before each one). Counting lines is
 * cheap next to parsing, so the count runs ahead by up to {@link #LOOKAHEAD_RECORDS} records; near
 * the start it looks twice as far ahead as the records handed out, so the threads start soon. Without
 * an admission (no relations sample) it counts only as far as it hands out. One thread.
 */
final class ChunkSpans {
    /** Records the line count runs ahead of the segment being handed out, at most. */
    static final int LOOKAHEAD_RECORDS = 1 << 17;
    /** Bytes the line count runs ahead, at most: wide records look less far ahead. */
    static final long LOOKAHEAD_BYTES = 64L << 20;
    /** Records the line count runs ahead at the start, at least (it then looks twice as far as it has read). */
    static final int FIRST_LOOKAHEAD = 16 * Analysis.CHUNK;

    /** Bytes {@code [from, to)} of the file, holding records {@code firstIndex ..}, {@code records} of them. */
    record Span(long from, long to, long firstIndex, int records) {
    }

    private final NdjsonLines lines;
    private final RecordSample.Admission admission;
    private final ArrayDeque<Span> chunks = new ArrayDeque<>();
    private long records;
    private long at;
    private boolean end;

    ChunkSpans(NdjsonLines lines, RecordSample.Admission admission) {
        this.lines = lines;
        this.admission = admission;
    }

    /** Counts lines until enough records past {@code from} (or the end), within the byte bound. */
    void countPast(long from, long fromByte) throws IOException {
        long far = admission == null ? 0 : Math.min(LOOKAHEAD_RECORDS, Math.max(FIRST_LOOKAHEAD, 2 * from));
        long farBytes = Math.min(LOOKAHEAD_BYTES, Math.max(8L << 20, 2 * fromByte));
        // a chunk at least when none is left, else as far ahead as allowed
        while (!end && (chunks.isEmpty() || records < from + far && at - fromByte < farBytes)) {
            int n = lines.skip(Analysis.CHUNK);
            if (n == 0) {
                end = true;
                break;
            }
            chunks.add(new Span(at, lines.position(), records, n));
            for (long i = records; admission != null && i < records + n; i++) {
                admission.see(i);
            }
            records += n;
            at = lines.position();
            end = n < Analysis.CHUNK;
        }
    }

    /** The next {@code count} chunks (fewer at the end) as one span, or null at the end. */
    Span take(int count) throws IOException {
        Span first = chunks.peek();
        if (first == null) {
            countPast(records, at);
            first = chunks.peek();
            if (first == null) {
                return null;
            }
        }
        Span last = null;
        for (int c = 0; c < count; c++) {
            if (chunks.isEmpty()) {
                countPast(first.firstIndex(), first.from());
            }
            Span next = chunks.poll();
            if (next == null) {
                break;
            }
            last = next;
        }
        Span s = new Span(first.from(), last.to(), first.firstIndex(),
                (int) (last.firstIndex() + last.records() - first.firstIndex()));
        countPast(s.firstIndex() + s.records(), s.to()); // decide on it with what lies ahead of it
        return s;
    }

    /** Positions (from the span's first record) of the records the sample may still keep. */
    int[] admitted(Span s) {
        if (admission == null) {
            return new int[0];
        }
        int[] out = new int[s.records()];
        int k = 0;
        for (int i = 0; i < s.records(); i++) {
            if (admission.mayKeep(s.firstIndex() + i)) {
                out[k++] = i;
            }
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }
}
