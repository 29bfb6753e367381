package io.factoreally.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress display choice and the plain progress line format. */
class ProgressTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private StdStreams streams(boolean terminal) {
        return new StdStreams(System.in, System.out, new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
    }

    @Test
    void quietShowsNothing() {
        try (Progress p = Progress.start(streams(true), true, "create", Progress.Unit.BYTES, 100, Duration.ZERO)) {
            p.update(50, 5);
        }
        assertThat(err.size()).isZero();
    }

    @Test
    void plainLinesOffATerminal() {
        try (Progress p = Progress.start(streams(false), false, "create", Progress.Unit.BYTES, 4 << 20, Duration.ZERO)) {
            assertThat(p).isInstanceOf(Progress.Lines.class);
            p.update(1 << 20, 1000);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).matches(
                "create: 1\\.0 MB of 4\\.0 MB \\(25%\\), 1,000 records, [\\d,]+ records/s, ETA [\\d.]+s\\n");
    }

    @Test
    void linesAreRateLimited() {
        try (Progress p = Progress.start(streams(false), false, "generate", Progress.Unit.RECORDS, -1,
                Duration.ofHours(1))) {
            p.update(10, 10);
        }
        assertThat(err.size()).isZero();
    }

    @Test
    void unknownTotalHasNoPercentOrEta() {
        try (Progress p = Progress.start(streams(false), false, "generate", Progress.Unit.RECORDS, -1, Duration.ZERO)) {
            p.update(2048, 2048);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).matches("generate: 2,048 records, [\\d,]+ records/s\\n");
    }

    @Test
    void aBarOnATerminal() {
        try (Progress p = Progress.start(streams(true), false, "create", Progress.Unit.BYTES, 4 << 20, Duration.ZERO)) {
            assertThat(p).isInstanceOf(Progress.Bar.class);
            p.update(1 << 20, 1000);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("create");
    }
}
