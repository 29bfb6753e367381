package io.factoreally.internal.analysis;

import java.io.IOException;
import java.io.InputStream;

/**
 * Finds where runs of NDJSON lines end without keeping their bytes: the offset after the next
 * {@code n} non-blank lines, as {@link NdjsonChunker} would cut them (a line of spaces, tabs and
 * carriage returns only is blank; the last line may lack its newline). Lets one thread mark out
 * segments of a file far ahead of the threads that parse them.
 */
final class NdjsonLines {
    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int end;
    /** Offset in the input of {@code buf[0]}. */
    private long base;
    /** Whether the line being scanned has a byte that is not blank. */
    private boolean content;

    NdjsonLines(InputStream in) {
        this(in, NdjsonChunker.BLOCK);
    }

    /** Reading {@code block} bytes at a time. */
    NdjsonLines(InputStream in, int block) {
        this.in = in;
        this.buf = new byte[block];
    }

    /**
     * Moves past the next {@code n} non-blank lines (and the blank ones before them).
     *
     * @return the lines moved past: {@code n}, or fewer at the end of the input
     */
    int skip(int n) throws IOException {
        int count = 0;
        while (count < n) {
            if (pos == end && !fill()) {
                if (content) {
                    content = false;
                    count++;
                }
                return count;
            }
            if (!content) {
                byte b = buf[pos];
                if (b == '\n' || NdjsonChunker.blank(b)) {
                    pos++;
                    continue;
                }
                content = true;
            }
            int nl = NdjsonChunker.indexOfNewline(buf, pos, end);
            if (nl < 0) {
                pos = end;
            } else {
                pos = nl + 1;
                content = false;
                count++;
            }
        }
        return count;
    }

    /** Offset in the input after the last line moved past (or the end of the input, when reached). */
    long position() {
        return base + pos;
    }

    private boolean fill() throws IOException {
        base += end;
        pos = 0;
        end = 0;
        int n = in.read(buf, 0, buf.length); // blocks until it has a byte, or -1 at the end
        if (n <= 0) {
            return false;
        }
        end = n;
        return true;
    }
}
