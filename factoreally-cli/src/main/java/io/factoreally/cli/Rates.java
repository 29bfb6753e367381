package io.factoreally.cli;

import java.time.Duration;
import java.util.Locale;

/** Formatting of sizes, durations and rates for people (fixed locale, so output is the same everywhere). */
final class Rates {
    private Rates() {
    }

    static double perSecond(long count, long nanos) {
        return nanos <= 0 ? 0 : count * 1e9 / nanos;
    }

    /** {@code 512 B}, {@code 4.2 KB}, {@code 12.3 MB}, {@code 1.5 GB}. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int i = -1;
        do {
            v /= 1024;
            i++;
        } while (v >= 1024 && i < units.length - 1);
        return String.format(Locale.ROOT, "%.1f %s", v, units[i]);
    }

    /** {@code 0.42s}, {@code 12.3s}, {@code 2m05s}, {@code 1h02m}. */
    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s < 10) {
            return String.format(Locale.ROOT, "%.2fs", d.toNanos() / 1e9);
        }
        if (s < 60) {
            return String.format(Locale.ROOT, "%.1fs", d.toNanos() / 1e9);
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60);
    }

    /** {@code 1,234,567}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
