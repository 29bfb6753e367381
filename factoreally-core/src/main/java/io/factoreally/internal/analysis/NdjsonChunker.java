package io.factoreally.internal.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Cuts NDJSON bytes at line ends into chunks of {@code records} non-blank lines, reading the input in
 * large blocks: finding newlines is far cheaper than parsing, so one thread cuts while others parse.
 *
 * <p>A chunk is meant to hold exactly one record per non-blank line; whoever parses it checks that
 * (NDJSON may also put records over several lines, or several on one line, and then the chunk's
 * records are not its lines). Blank lines (spaces, tabs, carriage returns only) belong to the chunk
 * after them, trailing ones to the last chunk (or none when the last chunk was full). Not
 * thread-safe; chunks are immutable once handed out.
 */
final class NdjsonChunker {
    /** Bytes read at a time; a chunk longer than half a block gets a block of twice its size. */
    static final int BLOCK = 1 << 20;
    private final int block;

    /**
     * Whole lines of the input: bytes {@code [offset, offset + length)} of {@code bytes}, expected to
     * hold records {@code firstIndex ..} (one per non-blank line, {@code records} of them).
     */
    record Chunk(byte[] bytes, int offset, int length, long firstIndex, int records) {
        InputStream stream() {
            return new ByteArrayInputStream(bytes, offset, length);
        }
    }

    private final InputStream in;
    private final int records;
    private byte[] buf;
    /** Start of the chunk being cut. */
    private int start;
    /** Start of the line being scanned. */
    private int line;
    /** Where the newline search resumes (after a refill: where the last one stopped). */
    private int scan;
    /** End of the bytes read. */
    private int end;
    /** Non-blank lines in the chunk being cut. */
    private int count;
    private boolean eof;
    private long nextIndex;

    NdjsonChunker(InputStream in, int records) {
        this(in, records, BLOCK);
    }

    NdjsonChunker(InputStream in, int records, int block) {
        this.in = in;
        this.records = records;
        this.block = block;
        this.buf = new byte[block];
    }

    /**
     * Whether the input is NDJSON in UTF-8 that chunks can be cut from: an optional UTF-8 byte order
     * mark, whitespace, then '{'; no zero byte among the first four (those would make Jackson decode
     * UTF-16 or UTF-32). Reads the first block; call before {@link #next()}.
     */
    boolean ndjson() throws IOException {
        while (!eof && end < 4) {
            fill();
        }
        for (int i = 0; i < Math.min(4, end); i++) {
            if (buf[i] == 0) {
                return false;
            }
        }
        int i = end >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF ? 3 : 0;
        while (true) {
            while (i < end && (blank(buf[i]) || buf[i] == '\n')) {
                i++;
            }
            if (i < end) {
                return buf[i] == '{';
            }
            if (eof || end == buf.length) {
                return false; // blank input, or a block of whitespace: the plain reader explains
            }
            fill();
        }
    }

    /** The next chunk, or null at the end of the input (only blank lines left, if any). */
    Chunk next() throws IOException {
        while (true) {
            int nl = indexOfNewline(buf, scan, end);
            if (nl < 0) {
                if (eof) {
                    if (!blank(buf, line, end)) {
                        count++;
                    }
                    line = end;
                    scan = end;
                    return count == 0 ? null : cut(end);
                }
                scan = end;
                refill();
                continue;
            }
            if (!blank(buf, line, nl)) {
                count++;
            }
            line = nl + 1;
            scan = line;
            if (count == records) {
                return cut(line);
            }
        }
    }

    /** The bytes not yet handed out in a chunk, then the rest of the input. */
    InputStream remaining() {
        return new SequenceInputStream(new ByteArrayInputStream(buf, start, end - start), in);
    }

    private Chunk cut(int to) {
        Chunk c = new Chunk(buf, start, to - start, nextIndex, count);
        nextIndex += count;
        count = 0;
        start = to;
        return c;
    }

    /** Reads more; a full block is replaced by a new one that starts with the chunk being cut. */
    private void refill() throws IOException {
        if (end == buf.length) {
            int keep = end - start;
            byte[] next = new byte[keep > block / 2 ? Math.max(block, 2 * keep) : block];
            System.arraycopy(buf, start, next, 0, keep);
            line -= start;
            scan -= start;
            end = keep;
            start = 0;
            buf = next; // chunks handed out keep the old block
        }
        fill();
    }

    private void fill() throws IOException {
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    static boolean blank(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }

    /** Whether bytes {@code [from, to)} are spaces, tabs and carriage returns only. */
    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!blank(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long NEWLINES = ONES * '\n';

    /** The first '\n' in {@code [from, to)}, or -1; eight bytes at a time. */
    static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES; // zero bytes where b has '\n'
            long found = (x - ONES) & ~x & (ONES << 7);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
