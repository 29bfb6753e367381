package io.factoreally.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of long work on standard error: a live bar when a person watches a terminal, a plain line
 * every few seconds otherwise (logs, CI), nothing when quiet. Thread-safe: analysis may report from
 * several threads.
 */
interface Progress extends AutoCloseable {

    /** How progress is counted. */
    enum Unit {
        /** Bytes, shown in MB (analysis input). */
        BYTES,
        /** Records (generation). */
        RECORDS
    }

    /**
     * @param done    units done (bytes or records)
     * @param records records done (shown as a rate)
     */
    void update(long done, long records);

    @Override
    void close();

    /** Nothing at all. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long records) {
        }

        @Override
        public void close() {
        }
    };

    /**
     * The right kind of progress for these streams.
     *
     * @param total    total units, or -1 when unknown (stdin)
     * @param interval time between plain lines
     */
    static Progress start(StdStreams streams, boolean quiet, String task, Unit unit, long total, Duration interval) {
        if (quiet) {
            return NONE;
        }
        if (streams.errIsTerminal()) {
            return new Bar(streams.err(), task, unit, total);
        }
        return new Lines(streams.err(), task, unit, total, interval);
    }

    /** The me.tongfei progress bar: units done, speed, ETA, and records/s as extra message. */
    final class Bar implements Progress {
        private final ProgressBar bar;
        private final Unit unit;
        private final long started = System.nanoTime();

        Bar(PrintStream err, String task, Unit unit, long total) {
            this.unit = unit;
            ProgressBarBuilder b = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(err))
                    .setUpdateIntervalMillis(200)
                    .showSpeed()
                    .clearDisplayOnFinish();
            if (unit == Unit.BYTES) {
                b.setUnit(" MB", 1 << 20);
            }
            this.bar = b.build();
        }

        @Override
        public synchronized void update(long done, long records) {
            bar.stepTo(done);
            if (unit == Unit.BYTES) {
                bar.setExtraMessage(String.format(Locale.ROOT, " %,d records, %,.0f rec/s", records,
                        Rates.perSecond(records, System.nanoTime() - started)));
            }
        }

        @Override
        public synchronized void close() {
            bar.close();
        }
    }

    /** A line such as {@code create: 12.3 MB of 40.0 MB (30%), 120,000 records, 50,000 records/s, ETA 5s}. */
    final class Lines implements Progress {
        private final PrintStream err;
        private final String task;
        private final Unit unit;
        private final long total;
        private final long intervalNanos;
        private final long started = System.nanoTime();
        private long lastPrinted = started;

        Lines(PrintStream err, String task, Unit unit, long total, Duration interval) {
            this.err = err;
            this.task = task;
            this.unit = unit;
            this.total = total;
            this.intervalNanos = interval.toNanos();
        }

        @Override
        public synchronized void update(long done, long records) {
            long now = System.nanoTime();
            if (now - lastPrinted < intervalNanos) {
                return;
            }
            lastPrinted = now;
            long elapsed = now - started;
            StringBuilder line = new StringBuilder(task).append(": ");
            if (unit == Unit.BYTES) {
                line.append(Rates.size(done));
                if (total > 0) {
                    line.append(" of ").append(Rates.size(total));
                }
            } else {
                line.append(Rates.count(done));
                if (total > 0) {
                    line.append(" of ").append(Rates.count(total));
                }
                line.append(" records");
            }
            if (total > 0) {
                line.append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, done * 100 / total)));
            }
            if (unit == Unit.BYTES) {
                line.append(String.format(Locale.ROOT, ", %,d records", records));
            }
            line.append(String.format(Locale.ROOT, ", %,.0f records/s", Rates.perSecond(records, elapsed)));
            if (total > 0 && done > 0 && done < total) {
                long etaNanos = (long) ((double) elapsed * (total - done) / done);
                line.append(", ETA ").append(Rates.duration(Duration.ofNanos(etaNanos)));
            }
            err.println(line);
        }

        @Override
        public void close() {
        }
    }
}
