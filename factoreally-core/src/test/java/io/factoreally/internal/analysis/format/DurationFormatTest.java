package io.factoreally.internal.analysis.format;

import io.factoreally.internal.spec.DurationHint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DurationFormatTest {
    private final DurationFormat format = new DurationFormat();

    @Test
    void handWrittenClockCheckAgreesWithThePattern() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        String alphabet = "0123456789.:P x";
        int matched = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder b = new StringBuilder();
            if (k % 2 == 0) { // near misses of valid values
                b.append(r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) + "." : "")
                        .append(String.format("%0" + (1 + r.nextInt(2)) + "d:%02d:%02d", r.nextInt(24), r.nextInt(60), r.nextInt(60)))
                        .append(r.nextInt(3) == 0 ? "." + r.nextInt(1_000_000_000) : "");
                if (r.nextInt(2) == 0) {
                    int at = r.nextInt(b.length() + 1);
                    b.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                }
                if (r.nextInt(3) == 0 && b.length() > 0) {
                    b.deleteCharAt(r.nextInt(b.length()));
                }
            } else {
                int len = r.nextInt(16);
                for (int i = 0; i < len; i++) {
                    b.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            String v = b.toString();
            boolean expected = DurationFormat.clockByRegex(v);
            assertThat(Chars.clock(v)).as(v).isEqualTo(expected);
            matched += expected ? 1 : 0;
        }
        assertThat(matched).isGreaterThan(10_000); // the comparison covers both outcomes
        for (String v : new String[] {"", "1:00:00", "123:00:00", "1234567890.1:00:00", "1.2.3:00:00", "01:02:03.",
                "01:02:03.1234567890", "01:02:3", "01:02:03x", "P1D", "P1W", "P1:00:00", "\u0661:00:00"}) {
            assertThat(Chars.clock(v)).as(v).isEqualTo(DurationFormat.clockByRegex(v));
            assertThat(format.matches(v)).as(v).isEqualTo(v.matches("P(\\d{1,9})W|P(\\d{1,9})D") || DurationFormat.clockByRegex(v));
        }
    }

    @Test
    void clockForms() {
        // rare extremes widened to the hour around them, the mean of < k values rounded to the hour
        assertThat(format.learn(Samples.of("01:02:03", "10:00:00", "1:30:00")).orElseThrow())
                .isEqualTo(new DurationHint("HMS", 3600L, 39600L, 14400.0));
        java.util.List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            many.add("01:02:03");
            many.add("10:00:00");
        }
        many.add("02:00:00");
        assertThat(format.learn(Samples.of(many)).orElseThrow())
                .isEqualTo(new DurationHint("HMS", 3723L, 36000L, 14400.0)); // frequent bounds exact; mean of 3 rounded
        assertThat(((DurationHint) format.learn(Samples.of("17.12:36:22", "01:00:00")).orElseThrow()).fmt())
                .isEqualTo("D.HMS");
        DurationHint f = (DurationHint) format.learn(Samples.of("3.18:26:37.3504925", "1.00:00:00")).orElseThrow();
        assertThat(f.fmt()).isEqualTo("D.HMS.F");
        assertThat(f.min()).isEqualTo(86400.0 - 3600);
        assertThat(f.max()).isEqualTo(3 * 86400 + 19 * 3600.0);
    }

    @Test
    void isoWeeksAndDays() {
        assertThat(format.learn(Samples.of("P2W", "P3W")).orElseThrow())
                .isEqualTo(new DurationHint("ISO8601_Weeks", 604800L, 2419200L, 1209600.0));
        assertThat(((DurationHint) format.learn(Samples.of("P1D", "P30D")).orElseThrow()).fmt()).isEqualTo("ISO8601_Days");
        assertThat(format.learn(Samples.of("P1D", "P3W"))).isEmpty();
    }

    @Test
    void fractionsWithoutDaysFallThroughAsInTheOriginal() {
        assertThat(format.matches("01:02:03.5")).isTrue();
        assertThat(format.learn(Samples.of("01:02:03.5", "01:02:04"))).isEmpty();
    }

    @Test
    void negatives() {
        for (String v : new String[]{"1:2:3", "01:02", "P1M", "PT5M", "abc", "01:02:03:04", "100:00:00"}) {
            assertThat(format.matches(v)).as(v).isFalse();
        }
    }

    @Test
    void realData() {
        assertThat(((DurationHint) format.learn(Samples.of(Samples.strings("kitchen-sink.json", "uptime"))).orElseThrow())
                .fmt()).isEqualTo("D.HMS");
        assertThat(((DurationHint) format.learn(Samples.of(Samples.strings("kitchen-sink.json", "latency"))).orElseThrow())
                .fmt()).isEqualTo("D.HMS.F");
        assertThat(((DurationHint) format.learn(Samples.of(Samples.strings("users.json", "session_length"))).orElseThrow())
                .fmt()).isEqualTo("HMS");
    }
}
