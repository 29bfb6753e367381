package io.factoreally.internal.analysis;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NdjsonChunkerTest {

    private static NdjsonChunker chunker(String text, int records, int block) {
        return new NdjsonChunker(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), records, block);
    }

    /** Each chunk as "firstIndex+records:text". */
    private static List<String> chunks(String text, int records, int block) throws IOException {
        NdjsonChunker c = chunker(text, records, block);
        assertThat(c.ndjson()).isTrue();
        List<String> out = new ArrayList<>();
        NdjsonChunker.Chunk k;
        while ((k = c.next()) != null) {
            out.add(k.firstIndex() + "+" + k.records() + ":"
                    + new String(k.bytes(), k.offset(), k.length(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void cutsAfterTheLineThatCompletesAChunk() throws IOException {
        assertThat(chunks("{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n{\"a\":4}\n{\"a\":5}", 2, 64))
                .containsExactly("0+2:{\"a\":1}\n{\"a\":2}\n", "2+2:{\"a\":3}\n{\"a\":4}\n", "4+1:{\"a\":5}");
    }

    @Test
    void blankLinesBelongToTheNextChunkAndTrailingOnesToTheLast() throws IOException {
        assertThat(chunks("\n {\"a\":1}\r\n\r\n \t\n{\"a\":2}\r\n\n{\"a\":3}\n\n  \n", 2, 64))
                .containsExactly("0+2:\n {\"a\":1}\r\n\r\n \t\n{\"a\":2}\r\n", "2+1:\n{\"a\":3}\n\n  \n");
        assertThat(chunks("{\"a\":1}\n{\"a\":2}\n\n  \n", 2, 64)).containsExactly("0+2:{\"a\":1}\n{\"a\":2}\n");
    }

    @Test
    void linesAcrossBlocksAndLongerThanABlock() throws IOException {
        String longLine = "{\"s\":\"" + "x".repeat(100) + "\"}";
        String text = "{\"a\":1}\n" + longLine + "\n{\"a\":2}\n" + longLine + "\n{\"a\":3}\n";
        assertThat(chunks(text, 2, 16)).containsExactly("0+2:{\"a\":1}\n" + longLine + "\n",
                "2+2:{\"a\":2}\n" + longLine + "\n", "4+1:{\"a\":3}\n");
        List<String> ones = chunks(text, 1, 16);
        assertThat(ones).hasSize(5);
        assertThat(String.join("", ones.stream().map(s -> s.substring(s.indexOf(':') + 1)).toList())).isEqualTo(text);
    }

    @Test
    void ndjsonIsAnObjectFirstInUtf8() throws IOException {
        assertThat(chunker("\uFEFF \n{\"a\":1}", 2, 64).ndjson()).isTrue();
        assertThat(chunker("[{\"a\":1}]", 2, 64).ndjson()).isFalse();
        assertThat(chunker("  \n ", 2, 64).ndjson()).isFalse();
        assertThat(chunker("", 2, 64).ndjson()).isFalse();
        assertThat(chunker("{\u0000\"\u0000", 2, 64).ndjson()).isFalse(); // what Jackson reads as UTF-16
        assertThat(chunker(" ".repeat(100) + "{}", 2, 16).ndjson()).isFalse(); // a block of blanks: the plain path
    }

    @Test
    void remainingIsEverythingNotHandedOut() throws IOException {
        NdjsonChunker c = chunker("{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n", 1, 8);
        assertThat(c.ndjson()).isTrue();
        assertThat(c.next().firstIndex()).isZero();
        assertThat(new String(c.remaining().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":2}\n{\"a\":3}\n");
    }

    @Test
    void findsTheFirstNewlineAtEveryPosition() {
        for (int len = 0; len < 40; len++) {
            for (int at = -1; at < len; at++) {
                byte[] b = new byte[len + 3];
                java.util.Arrays.fill(b, (byte) 0x8A); // '\n' + 0x80: no false match
                if (at >= 0) {
                    b[at + 1] = '\n';
                    if (at + 3 < b.length) {
                        b[at + 3] = '\n';
                    }
                }
                b[0] = '\n'; // before the range
                assertThat(NdjsonChunker.indexOfNewline(b, 1, len + 1)).as("len %d at %d", len, at)
                        .isEqualTo(at < 0 ? -1 : at + 1);
            }
        }
    }
}
