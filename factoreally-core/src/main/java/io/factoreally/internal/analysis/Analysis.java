package io.factoreally.internal.analysis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.factoreally.AnalysisResult;
import io.factoreally.CreateOptions;
import io.factoreally.FactoreallyException;
import io.factoreally.FactorySpec;
import io.factoreally.internal.model.ModelShape;
import io.factoreally.internal.relations.RecordSample;
import io.factoreally.internal.relations.RelationLearner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an analysis: reads records, extracts statistics segment by segment (in parallel when asked),
 * folds the segments in input order, and assembles the spec.
 *
 * <p>Why the result does not depend on the thread count: records are cut into chunks of
 * {@link #CHUNK} records and chunks into segments ({@link Segments}) whatever the threads. A segment's
 * statistics are gathered in a tree of its own, which runs {@link PathNode#chunkDone} after each chunk,
 * and fold into the total in input order, which runs it after each segment; between those steps the
 * statistics are linear. One thread extracts records straight into the segment's tree; threads gather
 * whole segments of a file ({@link ParallelNdjsonFile}), or analyse chunks of a stream and fold them
 * into the segment's tree ({@link ParallelNdjson}, {@code runBuffered}). All end in the same state.
 */
public final class Analysis {
    /** Records per chunk: fixed, so chunking never depends on the thread count. */
    static final int CHUNK = 1024;

    private final ModelShape model;
    private final boolean modelGiven;
    private final CreateOptions options;
    private final NumberFit fitter;
    private final List<StringFormat> formats;

    /**
     * @param model      dynamic-map and open paths declared by a model class, or null for none
     * @param options    the options ({@code model} is ignored here: pass its shape)
     * @param fitter     the number fitter ({@link NumberFitter#fit} in production)
     * @param formats    string formats in precedence order ({@link StringFormats#all()} in production)
     */
    public Analysis(ModelShape model, CreateOptions options, NumberFit fitter, List<StringFormat> formats) {
        this.model = model == null ? ModelShape.none() : model;
        this.modelGiven = model != null;
        this.options = options;
        this.fitter = fitter;
        this.formats = List.copyOf(formats.subList(0, Math.min(64, formats.size())));
    }

    /** The production analysis. */
    public static Analysis standard(ModelShape model, CreateOptions options) {
        return new Analysis(model, options, NumberFitter::fit, StringFormats.all());
    }

    /** Analyses every record of {@code reader}. */
    public AnalysisResult run(RecordReader reader) {
        long start = System.nanoTime();
        ModelPaths paths = ModelPaths.of(model, modelGiven);
        PathNode total = PathNode.root(!modelGiven);
        // relations; the values of maps the model declares are rows of their own, as array elements are
        RecordSample sample = RecordSample.of(options.relations() && !options.pythonCompatible(), RecordSample.CAPACITY,
                paths::dynamic);
        int threads = Math.max(1, options.threads());
        long records;
        if (threads == 1) {
            records = runInline(reader, paths, total, sample);
        } else {
            records = runParallel(reader, paths, total, threads, sample);
            if (records == ParallelNdjsonFile.RESTART) { // a segment failed after others were folded into the total
                total = PathNode.root(!modelGiven);
                sample = RecordSample.of(sample.enabled(), RecordSample.CAPACITY, paths::dynamic);
                records = runInline(reader, paths, total, sample);
            }
        }
        report(reader, records);
        // the sample's rows need no spec: made on another thread while the spec is assembled
        java.util.concurrent.FutureTask<Void> prepared = new java.util.concurrent.FutureTask<>(sample::prepare, null);
        if (threads > 1 && sample.enabled()) {
            Thread t = new Thread(prepared, "factoreally-sample");
            t.setDaemon(true);
            t.start();
        }
        SpecAssembler.Result built = new SpecAssembler(paths, formats, fitter, options).assemble(total, records);
        prepared.run(); // does nothing when the other thread has started it
        TaskResult.of(prepared);
        FactorySpec spec = RelationLearner.attach(built.spec(), sample, options.minOccurrences(), fitter, threads);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new AnalysisResult(spec, records, built.dataPoints(), spec.paths().size(),
                built.dynamicMaps(), built.withheld(), built.formatFields(), reader.bytesRead(), elapsed);
    }

    /**
     * One thread: records go straight into the segment's tree, with the chunk-boundary step every
     * {@link #CHUNK} records and after the last; the same state as merging a tree per chunk (see
     * {@link PathNode}) and as gathering segments on other threads (see {@link Segments}).
     */
    private long runInline(RecordReader reader, ModelPaths paths, PathNode total, RecordSample sample) {
        return runInline(reader::read, reader, paths, total, sample);
    }

    /** As {@link #runInline(RecordReader, ModelPaths, PathNode, RecordSample)}, with the records {@code read} feeds. */
    private long runInline(java.util.function.ToLongFunction<RecordReader.Sink> read, RecordReader reader,
                           ModelPaths paths, PathNode total, RecordSample sample) {
        Segments segments = segments(total, paths);
        long n = runInline(read, reader, paths, segments, sample);
        segments.finish();
        return n;
    }

    /**
     * As {@link #runInline(RecordReader, ModelPaths, PathNode, RecordSample)}, into {@code segments}
     * (which may hold chunks already: records then continue at a chunk boundary); the caller finishes them.
     */
    private long runInline(java.util.function.ToLongFunction<RecordReader.Sink> read, RecordReader reader,
                           ModelPaths paths, Segments segments, RecordSample sample) {
        Extractor[] x = {new Extractor(paths, formats, reader.source(), segments.current())};
        long n = read.applyAsLong((p, index) -> {
            if (p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
                p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION); // the extractor checks, for less
            }
            x[0].record(p, index, sample.follow(p, index)); // the sample follows the tokens the extractor reads
            if ((index + 1) % CHUNK == 0) {
                PathNode before = segments.current();
                segments.chunkDone();
                if (segments.current() != before) {
                    x[0] = new Extractor(paths, formats, reader.source(), segments.current());
                }
                report(reader, index + 1);
            }
        });
        if (n % CHUNK != 0) {
            segments.chunkDone();
        }
        return n;
    }

    private Segments segments(PathNode total, ModelPaths paths) {
        return new Segments(total, paths, formats, () -> PathNode.root(!modelGiven, SegmentGuide.of(total)));
    }

    private long runParallel(RecordReader reader, ModelPaths paths, PathNode total, int threads,
                             RecordSample sample) {
        // a regular file only: a pipe or device cannot be read twice, nor at a position
        if (reader.file() != null && java.nio.file.Files.isRegularFile(reader.file()) && ndjson(reader)) {
            return runFile(reader, paths, total, threads, sample);
        }
        InputStream bytes = reader.openBytes();
        if (bytes == null) {
            return runBuffered(reader::read, reader, paths, total, threads, sample);
        }
        try (bytes) {
            NdjsonChunker chunker = new NdjsonChunker(bytes, CHUNK);
            if (!chunker.ndjson()) {
                return runBuffered(sink -> reader.read(chunker.remaining(), sink), reader, paths, total, threads,
                        sample);
            }
            Segments segments = segments(total, paths);
            ParallelNdjson parallel = new ParallelNdjson(paths, formats, reader.source(), threads, sample,
                    segments::fold, records -> report(reader, records));
            // from the first chunk that failed on, one thread reads as runInline does (same records, same errors)
            long n = parallel.run(chunker, (rest, first, line) -> runInline(sink -> reader.readNdjson(rest, first,
                    line, sink), reader, paths, segments, sample), reader);
            segments.finish();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(reader.source() + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Whether a file starts as NDJSON (read apart, so that the file path reads it from the start). */
    private static boolean ndjson(RecordReader reader) {
        try (InputStream in = java.nio.file.Files.newInputStream(reader.file())) {
            return new NdjsonChunker(in, CHUNK).ndjson();
        } catch (IOException e) {
            return false; // the plain reader reports it
        }
    }

    /** An NDJSON file: threads gather whole segments; anything but one record per line restarts with one thread. */
    private long runFile(RecordReader reader, ModelPaths paths, PathNode total, int threads, RecordSample sample) {
        InputStream bytes = reader.openBytes();
        try (bytes) {
            long n = new ParallelNdjsonFile(reader.file(), paths, formats, reader.source(), threads, sample,
                    guide -> PathNode.root(!modelGiven, guide), records -> report(reader, records)).run(bytes, total);
            if (n == 1) {
                throw reader.singleObject();
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(reader.source() + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads records on this thread (copying each into a token buffer), analyses chunks of them in
     * parallel and folds them in input order: for inputs that are not NDJSON bytes.
     *
     * @param read       feeds the records to a sink
     */
    private long runBuffered(java.util.function.ToLongFunction<RecordReader.Sink> read, RecordReader reader,
                             ModelPaths paths, PathNode total, int threads, RecordSample sample) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "factoreally-analysis");
            t.setDaemon(true);
            return t;
        });
        // one thread folds the chunks into the total, strictly in submission (= input) order
        ExecutorService folder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "factoreally-fold");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<PathNode>> pending = new ArrayDeque<>();
        Segments segments = segments(total, paths);
        List<TokenBuffer> chunk = new ArrayList<>(CHUNK);
        long[] chunkStart = {0};
        try {
            long n = read.applyAsLong((p, index) -> {
                if (p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
                    p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION); // checked while copying
                }
                TokenBuffer tb = new TokenBuffer(p, null);
                DuplicateKeys.copy(sample.tap(p, index), tb, reader.source());
                chunk.add(tb);
                if (chunk.size() == CHUNK) {
                    submit(pool, folder, pending, new ArrayList<>(chunk), chunkStart[0], paths, reader.source(), segments);
                    chunk.clear();
                    chunkStart[0] = index + 1;
                    while (pending.size() > 2 * threads) {
                        take(pending);
                    }
                    report(reader, index + 1);
                }
            });
            if (!chunk.isEmpty()) {
                submit(pool, folder, pending, new ArrayList<>(chunk), chunkStart[0], paths, reader.source(), segments);
            }
            while (!pending.isEmpty()) {
                take(pending);
            }
            segments.finish();
            return n;
        } finally {
            pool.shutdownNow();
            folder.shutdownNow();
        }
    }

    private void submit(ExecutorService pool, ExecutorService folder, ArrayDeque<Future<PathNode>> pending,
                        List<TokenBuffer> records, long first, ModelPaths paths, String source, Segments segments) {
        Future<PathNode> extracted = pool.submit(() -> {
            Extractor x = new Extractor(paths, formats, source);
            long i = first;
            for (TokenBuffer tb : records) {
                try (JsonParser p = tb.asParser()) {
                    p.nextToken();
                    x.record(p, i++);
                }
            }
            return x.root();
        });
        pending.add(folder.submit(() -> {
            PathNode chunk = take(extracted);
            segments.fold(chunk); // chunks in input order, one at a time
            return chunk;
        }));
    }

    private static PathNode take(Future<PathNode> f) {
        ArrayDeque<Future<PathNode>> one = new ArrayDeque<>();
        one.add(f);
        return take(one);
    }

    private static PathNode take(ArrayDeque<Future<PathNode>> pending) {
        try {
            return pending.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FactoreallyException("analysis interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(c);
        }
    }

    private void report(RecordReader reader, long records) {
        if (options.progress() != null) {
            options.progress().onProgress(reader.bytesRead(), records);
        }
    }
}
