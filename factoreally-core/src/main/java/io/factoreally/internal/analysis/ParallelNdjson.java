package io.factoreally.internal.analysis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.factoreally.FactoreallyException;
import io.factoreally.internal.relations.RecordSample;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Analyses NDJSON with all threads: the calling thread cuts the bytes into chunks of whole lines
 * ({@link NdjsonChunker}), workers parse and extract a chunk each with their own parser, one thread
 * folds the chunks into the total strictly in input order, as one thread reading record by record
 * would.
 *
 * <p>A worker trusts a chunk only when it parses as exactly one record per non-blank line and nothing
 * else. Anything else (a malformed line, a record that is not an object, records spanning lines or
 * sharing one, a nesting error) makes the chunk fail; the first failed chunk in input order and all
 * input after it are then read by one thread with the plain reader from that chunk's first line
 * ({@link Rest}), which either reads them or reports the error exactly as reading the whole input with
 * one thread does. (So records over several lines are read by one thread from the first such chunk on.)
 * Chunks after the failed one are dropped unfolded.
 *
 * <p>For streams; a file is read by {@link ParallelNdjsonFile}, whose threads gather whole segments.
 */
final class ParallelNdjson {
    /** Folds one chunk's statistics into the total; called in input order, never concurrently. */
    interface Fold {
        void fold(PathNode chunk);
    }

    /** Reads the input from the start of a line with the plain reader, from record {@code firstIndex}. */
    interface Rest {
        long read(InputStream rest, long firstIndex, long firstLine);
    }

    /** Progress after the first {@code records} records. */
    interface Progress {
        void records(long records);
    }

    /** A chunk's statistics, its sampled records, and the line breaks it holds (as Jackson counts them). */
    private record Extracted(PathNode root, List<RecordSample.Captured> sampled, long lineBreaks) {
    }

    /** The chunk's bytes are not one record per non-blank line. */
    private static final class NotOnePerLine extends RuntimeException {
        NotOnePerLine() {
            super("not one record per line", null, false, false);
        }
    }

    private record InFlight(NdjsonChunker.Chunk chunk, Future<Boolean> folded) {
    }

    private final ModelPaths paths;
    private final List<StringFormat> formats;
    private final String source;
    private final int threads;
    private final RecordSample sample;
    private final Fold fold;
    private final Progress progress;
    /** Line where the next chunk to fold starts; the fold thread's. */
    private long line = 1;
    /** Set by the fold thread at the first failed chunk: later chunks are not folded. */
    private volatile boolean failed;

    ParallelNdjson(ModelPaths paths, List<StringFormat> formats, String source, int threads, RecordSample sample,
                   Fold fold, Progress progress) {
        this.paths = paths;
        this.formats = formats;
        this.source = source;
        this.threads = threads;
        this.sample = sample;
        this.fold = fold;
        this.progress = progress;
    }

    /**
     * Reads every chunk of {@code chunker} (already known to hold NDJSON).
     *
     * @return the number of records
     */
    long run(NdjsonChunker chunker, Rest rest, RecordReader reader) throws IOException {
        int inFlight = 2 * threads; // chunks cut but not yet folded: enough to keep every thread busy
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> daemon(r, "factoreally-analysis"));
        ExecutorService folder = Executors.newSingleThreadExecutor(r -> daemon(r, "factoreally-fold"));
        ArrayDeque<InFlight> pending = new ArrayDeque<>();
        RecordSample.Admission admission = sample.admission();
        long records = 0;
        try {
            NdjsonChunker.Chunk c;
            while ((c = chunker.next()) != null) {
                NdjsonChunker.Chunk chunk = c;
                int[] sampled = admitted(admission, chunk.firstIndex(), chunk.records());
                Future<Extracted> extracted = pool.submit(() -> extract(chunk, sampled,
                        new Extractor(paths, formats, source), sample));
                pending.add(new InFlight(chunk, folder.submit(() -> fold(extracted))));
                while (pending.size() > inFlight) {
                    if (!done(pending.peek())) {
                        return fallBack(pending, chunker, rest, pool);
                    }
                    records = end(pending.poll().chunk());
                }
            }
            while (!pending.isEmpty()) {
                if (!done(pending.peek())) {
                    return fallBack(pending, chunker, rest, pool);
                }
                records = end(pending.poll().chunk());
            }
            if (records == 1) {
                throw reader.singleObject();
            }
            return records;
        } finally {
            pool.shutdownNow();
            folder.shutdownNow();
        }
    }

    private long end(NdjsonChunker.Chunk c) {
        long records = c.firstIndex() + c.records();
        progress.records(records);
        return records;
    }

    /** Waits for a chunk's fold: true when folded, false when the chunk failed. */
    private static boolean done(InFlight f) {
        try {
            return f.folded().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FactoreallyException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /**
     * After the first failed chunk (at the head of {@code pending}): waits for the folds still queued
     * (they see {@link #failed} and skip without waiting for their chunk), drops the chunks not yet
     * parsed, then reads the failed chunk and everything after it plainly.
     */
    private long fallBack(ArrayDeque<InFlight> pending, NdjsonChunker chunker, Rest rest, ExecutorService pool) {
        List<InputStream> bytes = new ArrayList<>();
        for (InFlight f : pending) {
            done(f);
            bytes.add(f.chunk().stream());
        }
        pool.shutdownNow();
        bytes.add(chunker.remaining());
        return rest.read(new SequenceInputStream(Collections.enumeration(bytes)), pending.peek().chunk().firstIndex(),
                line);
    }

    /** Runs on the fold thread, chunk after chunk in input order. */
    private boolean fold(Future<Extracted> extracted) throws InterruptedException {
        if (failed) {
            return false;
        }
        Extracted e;
        try {
            e = extracted.get();
        } catch (ExecutionException x) {
            if (x.getCause() instanceof Exception) {
                failed = true;
                return false;
            }
            throw rethrow(x.getCause());
        }
        fold.fold(e.root());
        sample.addAll(e.sampled());
        line += e.lineBreaks();
        return true;
    }

    /** Which of records {@code first ..} ({@code n} of them) the sample admits, by position from {@code first}. */
    private static int[] admitted(RecordSample.Admission admission, long first, int n) {
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (admission.admit(first + i)) {
                out[k++] = i;
            }
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    /**
     * Parses the chunk into {@code x}, one record per non-blank line, or fails; captures the records at
     * positions {@code sampled} (ascending, from the chunk's first) for the sample.
     */
    private static Extracted extract(NdjsonChunker.Chunk c, int[] sampled, Extractor x, RecordSample sample)
            throws IOException {
        if (c.firstIndex() > 0 && !plainStart(c)) {
            throw new NotOnePerLine();
        }
        List<RecordSample.Captured> rows = sampled.length == 0 ? List.of() : new ArrayList<>(sampled.length);
        RecordSample.Chunk shared = sampled.length == 0 ? null : sample.chunk(); // fields, and wide rows' strings
        try (JsonParser p = RecordReader.parser(c.bytes(), c.offset(), c.length())) {
            p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION); // the extractor checks, as with one thread
            int s = 0;
            for (int i = 0; i < c.records(); i++) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new NotOnePerLine();
                }
                long index = c.firstIndex() + i;
                if (s < sampled.length && sampled[s] == i) {
                    s++;
                    x.record(p, index, RecordSample.follow(p, index, rows, shared));
                } else {
                    x.record(p, index);
                }
            }
            if (p.nextToken() != null) {
                throw new NotOnePerLine();
            }
            return new Extracted(x.root(), rows, p.currentLocation().getLineNr() - 1);
        }
    }

    /**
     * Whether Jackson reads the chunk as plain UTF-8 without a byte order mark, as it reads the middle
     * of the input: no zero byte among the first four, no byte order mark.
     */
    private static boolean plainStart(NdjsonChunker.Chunk c) {
        byte[] b = c.bytes();
        if ((b[c.offset()] & 0x80) != 0) {
            return false;
        }
        for (int i = c.offset(); i < c.offset() + Math.min(4, c.length()); i++) {
            if (b[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static RuntimeException rethrow(Throwable c) {
        if (c instanceof RuntimeException r) {
            return r;
        }
        if (c instanceof Error e) {
            throw e;
        }
        if (c instanceof IOException io) {
            return new java.io.UncheckedIOException(io);
        }
        return new IllegalStateException(c);
    }
}
