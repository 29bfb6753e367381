package io.factoreally.internal.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.factoreally.AnalysisResult;
import io.factoreally.CreateOptions;
import io.factoreally.FactoreallyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * NDJSON read in parallel chunks gives the spec and the errors one thread gives: same records, same
 * chunk boundaries, the first error in input order with its absolute line and column.
 */
class ParallelNdjsonTest {
    private static final CreateOptions ONE = CreateOptions.defaults().threads(1);
    private static final CreateOptions THREE = CreateOptions.defaults().threads(3);
    /** Two threads on a file: every other chunk goes straight into the total, a failed chunk restarts the file. */
    private static final CreateOptions TWO = CreateOptions.defaults().threads(2);

    static List<String> dataSets() {
        return TestAnalysis.DATA_SETS;
    }

    private static AnalysisResult run(byte[] input, CreateOptions options) {
        return new Analysis(null, options, TestAnalysis.PLAIN_FIT, StringFormats.all())
                .run(RecordReader.of(new ByteArrayInputStream(input), "in.ndjson"));
    }

    private static String spec(byte[] input, CreateOptions options) {
        return run(input, options).spec().toJson();
    }

    /** What a run on a file holding {@code input} gives: its result, or the error's message. */
    private static <T> T onFile(byte[] input, java.util.function.Function<Path, T> run) {
        try {
            Path file = Files.createTempFile("factoreally-parallel", ".ndjson");
            try {
                Files.write(file, input);
                return run.apply(file);
            } finally {
                Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static AnalysisResult runFile(Path file, CreateOptions options) {
        return new Analysis(null, options, TestAnalysis.PLAIN_FIT, StringFormats.all()).run(RecordReader.of(file));
    }

    /** The file's spec with two threads, checked against one thread's on the same file. */
    private static String specFromFileWithTwoThreads(byte[] input) {
        return onFile(input, f -> {
            AnalysisResult two = runFile(f, TWO);
            AnalysisResult one = runFile(f, ONE);
            assertThat(two.records()).isEqualTo(one.records());
            assertThat(two.bytesRead()).isEqualTo(input.length);
            return two.spec().toJson();
        });
    }

    private static String error(byte[] input, CreateOptions options) {
        Throwable t = catchThrowable(() -> run(input, options));
        assertThat(t).isInstanceOf(FactoreallyException.class);
        return t.getMessage();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code n} records, one per line: a few shapes, so that chunks differ. */
    private static List<String> lines(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("{\"i\": " + i + ", \"s\": \"v" + (i % 7) + "\", \"f\": " + (i % 13) * 0.25
                    + (i % 3 == 0 ? ", \"opt\": [" + i % 5 + ", true]" : "") + ", \"o\": {\"k\": \"" + (char) ('a' + i % 26)
                    + "\"}}");
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void dataSetsAsNdjsonGiveOneSpecInEveryLayout(String dataSet) throws Exception {
        JsonNode array = RecordReader.MAPPER.reader().with(JsonNodeFactory.withExactBigDecimals(true))
                .with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(Files.readAllBytes(TestAnalysis.DATA.resolve(dataSet + ".json")));
        StringBuilder plain = new StringBuilder();
        StringBuilder loose = new StringBuilder("\uFEFF\r\n");
        StringBuilder pretty = new StringBuilder();
        int i = 0;
        for (JsonNode record : array) {
            plain.append(record).append('\n');
            loose.append(i % 5 == 0 ? " \t\r\n" : "").append(record).append("\r\n");
            pretty.append(record.toPrettyString()).append(i % 2 == 0 ? "\n" : " ");
            i++;
        }
        String one = spec(utf8(plain.toString()), ONE);
        assertThat(spec(utf8(plain.toString()), THREE)).isEqualTo(one);
        assertThat(spec(utf8(loose.toString()), THREE)).isEqualTo(one);
        assertThat(spec(utf8(pretty.toString()), THREE)).isEqualTo(one); // records over lines: the plain reader
        assertThat(specFromFileWithTwoThreads(utf8(plain.toString()))).isEqualTo(one);
        assertThat(specFromFileWithTwoThreads(utf8(loose.toString()))).isEqualTo(one);
        assertThat(specFromFileWithTwoThreads(utf8(pretty.toString()))).isEqualTo(one); // restarts with one thread
    }

    @Test
    void twoThreadsOnAFileGiveOneThreadsSpecOverManyChunks() {
        // 30 chunks, half of them straight into the total; more distinct values than a table keeps, so the
        // chunk-boundary evictions show in the spec
        List<String> lines = lines(30_000);
        for (int i = 0; i < lines.size(); i++) {
            long u = i % 3 == 0 ? i % 50 : i * 7919L % 20011; // a head of 50 values and a long tail
            lines.set(i, lines.get(i).replaceFirst("\\{", "{\"u\": \"x" + u + "\", "));
        }
        byte[] input = utf8(String.join("\n", lines) + "\n");
        assertThat(specFromFileWithTwoThreads(input)).isEqualTo(spec(input, ONE));
    }

    @Test
    void aHugeRecordAndRecordsAcrossBlocks(@TempDir Path dir) throws Exception {
        List<String> lines = lines(4000);
        lines.set(1500, "{\"i\": 1500, \"s\": \"" + "long text ".repeat(300_000) + "\", \"big\": {\"deep\": [1, 2, 3]}}");
        byte[] input = utf8(String.join("\n", lines) + "\n");
        assertThat(input.length).isGreaterThan(3 * NdjsonChunker.BLOCK);
        String one = spec(input, ONE);
        assertThat(spec(input, THREE)).isEqualTo(one);
        assertThat(spec(input, CreateOptions.defaults().threads(2))).isEqualTo(one);
        Path file = dir.resolve("in.ndjson");
        Files.write(file, input);
        AnalysisResult fromFile = new Analysis(null, THREE, TestAnalysis.PLAIN_FIT, StringFormats.all())
                .run(RecordReader.of(file));
        assertThat(fromFile.spec().toJson()).isEqualTo(one);
        assertThat(fromFile.records()).isEqualTo(4000);
        assertThat(fromFile.bytesRead()).isEqualTo(input.length);
    }

    @Test
    void recordsOverSeveralLinesOrSharingOneAreReadPlainly() {
        List<String> lines = lines(5000);
        lines.set(2100, lines.get(2100).replace(", ", ",\n  ")); // one record over five lines
        lines.set(3100, lines.get(3100) + " " + lines.get(3101)); // two records on one line
        lines.remove(3101);
        byte[] input = utf8(String.join("\n", lines));
        AnalysisResult one = run(input, ONE);
        AnalysisResult three = run(input, THREE);
        assertThat(three.records()).isEqualTo(one.records()).isEqualTo(5000);
        assertThat(three.spec().toJson()).isEqualTo(one.spec().toJson());
        assertThat(specFromFileWithTwoThreads(input)).isEqualTo(one.spec().toJson());
    }

    /** The bad line replaces line {@code at} (1-based) of 4000 good ones. */
    private static byte[] withLine(int at, String bad) {
        List<String> lines = lines(4000);
        lines.set(at - 1, bad);
        return utf8(String.join("\n", lines) + "\n");
    }

    private static void sameError(byte[] input, String expected) {
        String one = error(input, ONE);
        assertThat(one).startsWith(expected);
        assertThat(error(input, THREE)).isEqualTo(one);
        assertThat(error(input, CreateOptions.defaults().threads(2))).isEqualTo(one);
        onFile(input, f -> {
            String fromFile = catchThrowable(() -> runFile(f, ONE)).getMessage();
            assertThat(fromFile).isEqualTo(f + one.substring("in.ndjson".length()));
            assertThat(catchThrowable(() -> runFile(f, TWO))).isInstanceOf(FactoreallyException.class)
                    .hasMessage(fromFile);
            return null;
        });
    }

    @Test
    void errorsNameTheAbsoluteLineAndColumn() {
        sameError(withLine(2600, "{\"a\": 1,}"), "in.ndjson: invalid JSON at line 2600, column 9: Unexpected character ('}'");
        sameError(withLine(3001, "[1]"), "in.ndjson: record 3001 at line 3001, column 1 is an array, but every record"
                + " must be a JSON object");
        sameError(withLine(2222, "{\"a\": 1} x"), "in.ndjson: invalid JSON at line 2222, column 10: Unrecognized token 'x'");
        sameError(withLine(1100, "{\"a\": 1, \"a\": 2}"), "in.ndjson: duplicate key 'a' in one object at line 1100,");
        sameError(withLine(3999, "{\"a\": NaN}"), "in.ndjson: invalid JSON at line 3999, column");
        sameError(withLine(2049, "{\"d\": " + "[".repeat(250) + "]".repeat(250) + "}"),
                "in.ndjson: record 2049 at line 2049, column 207: nesting depth exceeds 200 levels");
        sameError(withLine(1025, "\uFEFF{\"a\": 1}"), "in.ndjson: invalid JSON at line 1025, column 3: Unexpected"
                + " character ('\uFEFF'");
        sameError(withLine(1025, "\u0000{\"a\": 1}"), "in.ndjson: invalid JSON at line 1025, column 2: Illegal"
                + " character ((CTRL-CHAR, code 0))");
    }

    @Test
    void filesOfSeveralSegmentsGiveOneThreadsSpecAndErrors() {
        int segment = Segments.MAX_CHUNKS * Analysis.CHUNK; // these records are narrow: full segments
        List<String> lines = lines(2 * segment + 5000);
        byte[] input = utf8(String.join("\n", lines) + "\n");
        assertThat(specFromFileWithTwoThreads(input)).isEqualTo(spec(input, ONE));
        CreateOptions plain = CreateOptions.defaults().relations(false); // no sample: no counting ahead
        String twoWithoutSample = onFile(input, f -> runFile(f, plain.threads(2)).spec().toJson());
        assertThat(twoWithoutSample).isEqualTo(spec(input, plain.threads(1)));
        List<String> bad = new ArrayList<>(lines);
        bad.set(segment, "\uFEFF" + lines.get(segment)); // the first line of the second segment
        sameError(utf8(String.join("\n", bad)), "in.ndjson: invalid JSON at line " + (segment + 1) + ", column 3:");
        bad = new ArrayList<>(lines);
        bad.set(2 * segment - 1, "{\"a\": 1,}"); // the last line of the second segment
        sameError(utf8(String.join("\n", bad)), "in.ndjson: invalid JSON at line " + 2 * segment + ", column 9:");
        bad = new ArrayList<>(lines);
        bad.set(segment + 100, lines.get(segment + 100).replace(", ", ",\n  ")); // over lines: one thread reads
        byte[] overLines = utf8(String.join("\n", bad));
        assertThat(specFromFileWithTwoThreads(overLines)).isEqualTo(spec(overLines, ONE));
    }

    @Test
    void aNamedPipeIsReadOnceAsAStream(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("in.ndjson");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo is not available");
        byte[] input = utf8(String.join("\n", lines(5000)) + "\n");
        Thread writer = new Thread(() -> {
            try {
                Files.write(pipe, input);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        AnalysisResult r = runFile(pipe, TWO); // not read twice, nor at positions: as a stream
        writer.join(10_000);
        assertThat(r.records()).isEqualTo(5000);
        assertThat(r.spec().toJson()).isEqualTo(spec(input, ONE).replace("in.ndjson", pipe.toString()));
    }

    @Test
    void theFirstErrorInInputOrderWins() {
        List<String> lines = lines(6000);
        lines.set(5900, "{\"late\": }");
        lines.set(1800, "{\"early\" 1}");
        sameError(utf8(String.join("\n", lines)), "in.ndjson: invalid JSON at line 1801, column 10:");
    }

    @Test
    void linesCountAsJacksonCountsThemBeforeAnError() {
        List<String> lines = lines(4000);
        lines.set(10, lines.get(10) + " \r "); // a lone carriage return: a line break for Jackson
        lines.set(3000, "{\"a\" 1}");
        sameError(utf8(String.join("\r\n", lines)), "in.ndjson: invalid JSON at line 3002, column 6:");
        int breaks = lines.get(1500).split(", ", -1).length - 1;
        lines.set(1500, lines.get(1500).replace(", ", ",\r\n")); // a record over lines in the chunk before
        sameError(utf8(String.join("\r\n", lines)), "in.ndjson: invalid JSON at line " + (3002 + breaks) + ", column 6:");
    }

    @Test
    void invalidUtf8InALaterChunk() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        List<String> lines = lines(3000);
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = utf8(lines.get(i));
            if (i == 2500) {
                line[line.length - 4] = (byte) 0xFF; // inside the last string
            }
            b.writeBytes(line);
            b.write('\n');
        }
        sameError(b.toByteArray(), "in.ndjson: invalid JSON at line 2501, column");
    }

    @Test
    void oneRecordIsTheSingleObjectError() {
        sameError(utf8("\n{\"a\": 1}\n\n"), "in.ndjson: the input is a single JSON object, not a list of records.");
        sameError(utf8("{\"a\":\n 1}\n"), "in.ndjson: the input is a single JSON object, not a list of records.");
    }

    @Test
    void noAnalysisThreadOutlivesARunThatFailedOrFellBack() throws InterruptedException {
        error(withLine(3500, "{\"a\": }"), THREE);
        List<String> lines = lines(9000);
        lines.set(1000, lines.get(1000).replace(", ", ",\n"));
        assertThat(run(utf8(String.join("\n", lines)), THREE).records()).isEqualTo(9000);
        onFile(withLine(3500, "{\"a\": }"), f -> catchThrowable(() -> runFile(f, TWO)));
        assertThat(onFile(utf8(String.join("\n", lines)), f -> runFile(f, TWO)).records()).isEqualTo(9000);
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("factoreally-analysis") || t.getName().startsWith("factoreally-fold")) {
                t.join(10_000);
                assertThat(t.isAlive()).as(t.getName()).isFalse();
            }
        }
    }

    @Test
    void aStreamThatGivesAFewBytesAtATime() {
        byte[] input = utf8("\n\n" + String.join("\n", lines(3000)));
        java.io.InputStream trickle = new java.io.FilterInputStream(new ByteArrayInputStream(input)) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        AnalysisResult r = new Analysis(null, THREE, TestAnalysis.PLAIN_FIT, StringFormats.all())
                .run(RecordReader.of(trickle, "in.ndjson"));
        assertThat(r.spec().toJson()).isEqualTo(spec(input, ONE));
        assertThat(r.bytesRead()).isEqualTo(input.length);
    }
}
