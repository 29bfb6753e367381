package io.factoreally.internal.analysis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.factoreally.FactoreallyException;
import io.factoreally.internal.relations.RecordSample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Analyses an NDJSON file with all threads, a whole {@link Segments segment} per task: the calling
 * thread marks out segments by counting lines ({@link NdjsonLines}, no bytes kept), each worker reads
 * its segment's bytes from the file itself, gathers the segment's tree (the chunk-boundary step after
 * every chunk) and captures the sample's records, and the calling thread folds the segments into the
 * total in input order. So the threads share no work but the fold, once per segment, and the state at
 * the end is the one reading with one thread gives.
 *
 * <p>The first chunk is gathered first (while lines are counted on): it decides how many chunks a
 * segment holds ({@link Segments#chunksPerSegment}). Counting runs ahead of the segments handed out,
 * so the relations sample captures only records it can still keep (see {@link ChunkSpans}).
 *
 * <p>A worker trusts a segment only when it parses as exactly one record per non-blank line (told by
 * the parser's line numbers). Anything else (records over several lines, a malformed line, a duplicate
 * key, the file changing) makes {@link #run} return {@link #RESTART}: the caller reads the file again
 * with one thread, which either reads it or reports the error as it always does.
 */
final class ParallelNdjsonFile {
    /** What {@link #run} returns when a segment failed: read the file again with one thread. */
    static final long RESTART = -1;

    /** A gathered span's tree and sampled records; {@code end}: the index after its last record. */
    private record Gathered(PathNode tree, List<RecordSample.Captured> sampled, long end) {
    }

    private final Path file;
    private final ModelPaths paths;
    private final List<StringFormat> formats;
    private final String source;
    private final int threads;
    private final RecordSample sample;
    /** A fresh segment tree, guided by a snapshot of the total. */
    private final java.util.function.Function<SegmentGuide, PathNode> fresh;
    private final ParallelNdjson.Progress progress;

    ParallelNdjsonFile(Path file, ModelPaths paths, List<StringFormat> formats, String source, int threads,
                       RecordSample sample, java.util.function.Function<SegmentGuide, PathNode> fresh,
                       ParallelNdjson.Progress progress) {
        this.file = file;
        this.paths = paths;
        this.formats = formats;
        this.source = source;
        this.threads = threads;
        this.sample = sample;
        this.fresh = fresh;
        this.progress = progress;
    }

    /**
     * Reads the file (known to hold NDJSON) into {@code total}.
     *
     * @param bytes the file's bytes from its start, for counting lines
     * @return the number of records, or {@link #RESTART}
     */
    long run(InputStream bytes, PathNode total) throws IOException {
        ChunkSpans ahead = new ChunkSpans(new NdjsonLines(bytes), sample.enabled() ? sample.admission() : null);
        ChunkSpans.Span span = ahead.take(1);
        if (span == null) {
            return 0;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "factoreally-analysis");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Gathered>> pending = new ArrayDeque<>();
        long records = span.records();
        try {
            // the first chunk decides the segments' length; lines are counted on meanwhile
            int[] first = ahead.admitted(span);
            Future<Gathered> gathering = pool.submit(() -> gather(span, first, fresh.apply(null)));
            ahead.countPast((long) Segments.MAX_CHUNKS * Analysis.CHUNK, span.to());
            Gathered head = result(gathering);
            if (head == null) {
                return RESTART;
            }
            int length = Segments.chunksPerSegment(head.tree());
            sample.addAll(head.sampled()); // the first records: now, so the sample knows its width for the rest
            // the rest of the first segment continues the first chunk's tree
            ChunkSpans.Span rest = span.records() < Analysis.CHUNK || length == 1 ? null : ahead.take(length - 1);
            if (rest == null) {
                fold(total, head.tree(), List.of(), records);
            } else {
                int[] a = ahead.admitted(rest);
                pending.add(pool.submit(() -> gather(rest, a, head.tree())));
                records += rest.records();
            }
            boolean more = span.records() == Analysis.CHUNK
                    && (rest == null || rest.records() == (length - 1) * Analysis.CHUNK);
            ChunkSpans.Span s;
            while (more && (s = ahead.take(length)) != null) {
                ChunkSpans.Span segment = s;
                int[] a = ahead.admitted(segment);
                SegmentGuide guide = SegmentGuide.of(total); // what the total can no longer take, as of now
                pending.add(pool.submit(() -> gather(segment, a, fresh.apply(guide))));
                records += segment.records();
                more = segment.records() == length * Analysis.CHUNK;
                while (pending.size() > 3 * threads) { // finished segments wait for the oldest: keep threads busy
                    if (!foldNext(total, pending)) {
                        return RESTART;
                    }
                }
            }
            while (!pending.isEmpty()) {
                if (!foldNext(total, pending)) {
                    return RESTART;
                }
            }
            return records;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A gathered span, or null when it failed. */
    private static Gathered result(Future<Gathered> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FactoreallyException("analysis interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            return null;
        }
    }

    /** Folds the oldest pending segment; false when it failed. */
    private boolean foldNext(PathNode total, ArrayDeque<Future<Gathered>> pending) {
        Gathered g = result(pending.poll());
        if (g == null) {
            return false;
        }
        fold(total, g.tree(), g.sampled(), g.end());
        return true;
    }

    private void fold(PathNode total, PathNode tree, List<RecordSample.Captured> sampled, long records) {
        Segments.foldSegment(total, tree, paths, formats);
        sample.addAll(sampled);
        progress.records(records);
    }

    /**
     * Reads a span of the file into {@code tree}, with the chunk-boundary step after every chunk; null
     * when its records are not exactly one per non-blank line, or anything fails (one thread then
     * explains). One record per line: each record starts on a later line than the last one ended and
     * ends on the line it started on, and there are as many as the span has non-blank lines.
     */
    private Gathered gather(ChunkSpans.Span s, int[] admitted, PathNode tree) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (s.firstIndex() > 0 && !plainStart(ch, s.from())) {
                return null;
            }
            Extractor x = new Extractor(paths, formats, source, tree);
            List<RecordSample.Captured> rows = admitted.length == 0 ? List.of() : new ArrayList<>(admitted.length);
            RecordSample.Chunk shared = admitted.length == 0 ? null : sample.chunk(); // fields, wide rows' strings
            try (JsonParser p = RecordReader.parser(new Range(ch, s.from(), s.to()))) {
                p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION); // the extractor checks, as with one thread
                int a = 0;
                int ended = 0; // line the last record ended on
                for (int i = 0; i < s.records(); i++) {
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        return null;
                    }
                    int line = p.currentTokenLocation().getLineNr();
                    if (line <= ended) {
                        return null;
                    }
                    long index = s.firstIndex() + i;
                    if (a < admitted.length && admitted[a] == i) {
                        a++;
                        x.record(p, index, RecordSample.follow(p, index, rows, shared));
                    } else {
                        x.record(p, index);
                    }
                    ended = p.currentLocation().getLineNr();
                    if (ended != line) {
                        return null;
                    }
                    if ((i + 1) % Analysis.CHUNK == 0) {
                        tree.chunkDone();
                    }
                }
                if (p.nextToken() != null) {
                    return null;
                }
                if (s.records() % Analysis.CHUNK != 0) {
                    tree.chunkDone();
                }
            }
            return new Gathered(tree, rows, s.firstIndex() + s.records());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether Jackson reads bytes from {@code at} as plain UTF-8 without a byte order mark, as it reads
     * the middle of the input (see ParallelNdjson).
     */
    private static boolean plainStart(FileChannel ch, long at) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4);
        while (b.hasRemaining() && ch.read(b, at + b.position()) > 0) {
            // the first four bytes, or fewer at the end
        }
        if (b.position() > 0 && (b.get(0) & 0x80) != 0) {
            return false;
        }
        for (int i = 0; i < b.position(); i++) {
            if (b.get(i) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Bytes {@code [from, to)} of a file, read at their position (threads share no file position). */
    private static final class Range extends InputStream {
        private final FileChannel ch;
        private long pos;
        private final long end;

        Range(FileChannel ch, long from, long to) {
            this.ch = ch;
            this.pos = from;
            this.end = to;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (pos >= end) {
                return -1;
            }
            int n = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - pos)), pos);
            if (n < 0) {
                return -1;
            }
            pos += n;
            return n;
        }
    }
}
