package io.factoreally.internal.analysis;

import java.util.List;
import java.util.function.Supplier;

/**
 * Groups chunks into segments: a segment's statistics are gathered in a tree of their own (the
 * chunk-boundary step after each of its chunks) and folded into the total when the segment ends,
 * followed by the total's chunk-boundary step. Every way of reading goes through this, so the state
 * at the end depends only on the records.
 *
 * <p>Why segments: a thread can then gather a whole segment on its own, and the total takes one merge
 * per segment instead of one per chunk. A fresh tree per chunk (and a merge of it) cost a third of the
 * work of extracting the chunk; per segment of 16 chunks it costs little.
 *
 * <p>A segment holds {@link #chunksPerSegment} chunks, decided from the first chunk alone (so the same
 * for every thread count and way of reading): records with many values get shorter segments, because
 * up to one segment tree per thread is held besides the total, and a tree of wide records is large.
 * Not thread-safe.
 */
final class Segments {
    /** Chunks per segment at most. */
    static final int MAX_CHUNKS = 16;
    /** A segment is cut short so that it holds about this many values. */
    static final long VALUES = 1L << 19;

    private final PathNode total;
    private final ModelPaths paths;
    private final List<StringFormat> formats;
    private final Supplier<PathNode> fresh;
    private PathNode current;
    /** Chunks in {@link #current}. */
    private int chunks;
    /** Chunks per segment; 0 until the first chunk is done. */
    private int length;

    Segments(PathNode total, ModelPaths paths, List<StringFormat> formats, Supplier<PathNode> fresh) {
        this.total = total;
        this.paths = paths;
        this.formats = formats;
        this.fresh = fresh;
        this.current = fresh.get();
    }

    /** The tree of the segment being gathered: extract records straight into it, then call {@link #chunkDone}. */
    PathNode current() {
        return current;
    }

    /** Ends a chunk extracted straight into {@link #current()}; ends the segment after its last chunk. */
    void chunkDone() {
        current.chunkDone();
        chunks++;
        if (length == 0) {
            length = chunksPerSegment(current);
        }
        if (chunks == length) {
            endSegment();
        }
    }

    /** Adds a chunk's tree (chunks in input order), as if its records had been extracted into {@link #current()}. */
    void fold(PathNode chunk) {
        current.mergeFrom(chunk, paths, formats);
        chunkDone();
    }

    /** Ends the segment being gathered, if it holds a chunk (after the last record). */
    void finish() {
        if (chunks > 0) {
            endSegment();
        }
    }

    private void endSegment() {
        foldSegment(total, current, paths, formats);
        current = fresh.get();
        chunks = 0;
    }

    /** Folds a whole segment's tree into the total, as {@link #chunkDone} does at a segment's end. */
    static void foldSegment(PathNode total, PathNode segment, ModelPaths paths, List<StringFormat> formats) {
        total.mergeFrom(segment, paths, formats);
        total.chunkDone();
    }

    /** Chunks per segment, from the tree of the first chunk: {@link #MAX_CHUNKS} or fewer for wide records. */
    static int chunksPerSegment(PathNode firstChunk) {
        long values = Math.max(1, values(firstChunk));
        return (int) Math.max(1, Math.min(MAX_CHUNKS, VALUES / values));
    }

    /** Values (every occurrence of every path) in a tree. */
    static long values(PathNode n) {
        long v = n.occurrences;
        for (PathNode m : n.members.values()) {
            v += values(m);
        }
        if (n.element != null) {
            v += values(n.element);
        }
        if (n.mapValue != null) {
            v += values(n.mapValue);
        }
        return v;
    }
}
