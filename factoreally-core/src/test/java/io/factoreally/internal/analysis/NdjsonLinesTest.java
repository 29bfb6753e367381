package io.factoreally.internal.analysis;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Segments are marked out where {@link NdjsonChunker} would cut, without keeping the bytes. */
class NdjsonLinesTest {

    /** Where each run of {@code n} non-blank lines ends, with the lines in it ("end+lines"), by NdjsonLines. */
    private static List<String> ends(String text, int n, int block) throws IOException {
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), block);
        List<String> out = new ArrayList<>();
        int k;
        while ((k = lines.skip(n)) > 0) {
            out.add(lines.position() + "+" + k);
        }
        assertThat(lines.skip(n)).isZero();
        return out;
    }

    /** The same, by the chunker's cuts. */
    private static List<String> chunkEnds(String text, int n) throws IOException {
        NdjsonChunker c = new NdjsonChunker(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), n, 64);
        List<String> out = new ArrayList<>();
        long end = 0;
        NdjsonChunker.Chunk k;
        while ((k = c.next()) != null) {
            end += k.length();
            out.add(end + "+" + k.records());
        }
        return out;
    }

    @Test
    void endsAfterTheNewlineOfTheLastLineAndCountsTheLastLineWithoutOne() throws IOException {
        String text = "{\"a\":1}\n\n {\"a\":2}\r\n \t\r\n{\"a\":3}";
        assertThat(ends(text, 2, 64)).containsExactly("19+2", "30+1");
        assertThat(ends(text, 1, 4)).containsExactly("8+1", "19+1", "30+1");
        assertThat(ends("{\"a\":1}\n{\"a\":2}\n\n  \n", 2, 64)).containsExactly("16+2");
        assertThat(ends("", 3, 64)).isEmpty();
        assertThat(ends(" \n\r\n", 3, 64)).isEmpty();
    }

    @Test
    void agreesWithTheChunkerOnRandomLinesAcrossBlocks() throws IOException {
        Random r = new Random(7);
        String[] pieces = {"{\"a\":1}", "{\"s\":\"" + "x".repeat(40) + "\"}", "", " ", "\t \r", "\r", " {\"b\":[]} "};
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int lines = r.nextInt(30);
            for (int i = 0; i < lines; i++) {
                b.append(pieces[r.nextInt(pieces.length)]);
                if (i < lines - 1 || r.nextBoolean()) {
                    b.append('\n');
                }
            }
            String text = b.toString();
            int n = 1 + r.nextInt(4);
            List<String> expected = chunkEnds(text, n);
            for (int block : new int[] {1, 3, 8, 64}) {
                assertThat(ends(text, n, block)).as("%s, %d per run, block %d", text, n, block)
                        .isEqualTo(expected);
            }
        }
    }
}
