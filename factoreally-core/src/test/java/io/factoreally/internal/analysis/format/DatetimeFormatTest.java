package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.DatetimeFormats;
import io.factoreally.internal.spec.DatetimeHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DatetimeFormatTest {
    private final DatetimeFormat format = new DatetimeFormat();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-03-05T10:11:12Z|uuuu-MM-dd'T'HH:mm:ssXXX",
            "2024-03-05T10:11:12+00:00|uuuu-MM-dd'T'HH:mm:ssxxx",
            "2024-03-05T10:11:12-05:00|uuuu-MM-dd'T'HH:mm:ssxxx",
            "2024-03-05T10:11:12+0530|uuuu-MM-dd'T'HH:mm:ssxx",
            "2024-03-05T10:11:12.431Z|uuuu-MM-dd'T'HH:mm:ss.SSSXXX",
            "2024-03-05T10:11:12.431123+02:00|uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx",
            "2024-03-05T10:11:12.5Z|uuuu-MM-dd'T'HH:mm:ss.SXXX",
            "2024-03-05T10:11:12|uuuu-MM-dd'T'HH:mm:ss",
            "2024-03-05t10:11:12z|uuuu-MM-dd't'HH:mm:ss'z'",
            "2024-03-05 10:11:12|uuuu-MM-dd HH:mm:ss",
            "2024-03-05 10:11|uuuu-MM-dd HH:mm",
            "03/05/2024 10:11:12|MM/dd/uuuu HH:mm:ss",
            "1709633472|epoch_seconds",
            "1709633472123|epoch_millis",
    })
    void eachWayOfWritingGetsItsExactFormat(String value, String expected) {
        assertThat(format.matches(value)).isTrue();
        assertThat(DatetimeFormat.shape(value)).isEqualTo(expected);
        StringSample sample = Samples.of(value);
        DatetimeHint h = (DatetimeHint) format.learn(sample).orElseThrow();
        assertThat(h.format()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2024-03-05T10:11:%02d.%03dZ", "2024-03-05T10:11:%02d.%03d123+02:00", "2024-03-05 10:11:%02d.%03d",
            "2024-03-05T10:11:%02d.%03d456-0700"})
    void everyInputIsWrittenBackIdenticallyByTheLearnedFormat(String template) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            values.add(String.format(Locale.ROOT, template, i, i * 7));
        }
        DatetimeHint h = (DatetimeHint) format.learn(Samples.of(values)).orElseThrow();
        DateTimeFormatter f = DateTimeFormatter.ofPattern(h.format(), Locale.ROOT);
        for (String v : values) {
            OffsetDateTime t = DatetimeFormat.parse(v);
            assertThat(f.format(t.withOffsetSameInstant(h.min().getOffset()))).isEqualTo(v);
        }
        // the bounds can be written too (the generator renders in min's offset)
        assertThat(f.format(h.max())).isNotEmpty();
    }

    @Test
    void handWrittenIsoCheckAgreesWithThePattern() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        String[] zones = {"", "Z", "z", "+02:00", "-0530", "+01", "+1", "Q", "+02:0", "-05300"};
        String alphabet = "0123456789-:T t.,Zz+";
        int matched = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder b = new StringBuilder(String.format("%04d-%02d-%02d%c%02d:%02d", r.nextInt(10_000),
                    r.nextInt(13), r.nextInt(32), "Tt x".charAt(r.nextInt(4)), r.nextInt(24), r.nextInt(60)));
            if (r.nextInt(3) > 0) {
                b.append(String.format(":%02d", r.nextInt(60)));
                if (r.nextBoolean()) {
                    b.append(".,;".charAt(r.nextInt(3))).append(Long.toString(r.nextLong(1, 100_000_000_000L)));
                }
            }
            b.append(zones[r.nextInt(zones.length)]);
            for (int m = r.nextInt(3); m > 0 && b.length() > 0; m--) { // mutations: replace, insert or delete
                int at = r.nextInt(b.length());
                switch (r.nextInt(3)) {
                    case 0 -> b.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                    case 1 -> b.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                    default -> b.deleteCharAt(at);
                }
            }
            String v = b.toString();
            boolean expected = DatetimeFormat.isoByRegex(v);
            assertThat(Chars.isoDatetime(v)).as(v).isEqualTo(expected);
            matched += expected ? 1 : 0;
        }
        assertThat(matched).isGreaterThan(20_000); // the comparison covers both outcomes
        for (String v : new String[] {"", "2024-01-02T03:04", "2024-01-02T03:04:05.1234567891Z", "2024-01-02T03:04:05.",
                "2024-01-02T03:04:05,5+01", "2024-01-02T03:04+0100", "2024-01-02T03:04:5", "\u0662024-01-02T03:04"}) {
            assertThat(Chars.isoDatetime(v)).as(v).isEqualTo(DatetimeFormat.isoByRegex(v));
        }
    }

    @Test
    void rareBoundsAreWidenedToTheHourFrequentOnesKept() {
        List<String> values = new ArrayList<>(List.of("2024-03-05T10:11:12Z", "2024-03-06T22:30:00Z"));
        DatetimeHint rare = (DatetimeHint) format.learn(Samples.of(values)).orElseThrow();
        assertThat(rare.min()).isEqualTo(OffsetDateTime.parse("2024-03-05T10:00:00Z"));
        assertThat(rare.max()).isEqualTo(OffsetDateTime.parse("2024-03-06T23:00:00Z"));
        DatetimeHint onTheHour = (DatetimeHint) format.learn(Samples.of("2024-03-05T10:00:00Z", "2024-03-05T12:00:00Z"))
                .orElseThrow();
        assertThat(onTheHour.min()).isEqualTo(OffsetDateTime.parse("2024-03-05T09:00:00Z"));
        assertThat(onTheHour.max()).isEqualTo(OffsetDateTime.parse("2024-03-05T13:00:00Z"));
        for (int i = 0; i < 5; i++) {
            values.add("2024-03-05T10:11:12Z");
        }
        values.add("2024-03-07T01:00:00Z");
        DatetimeHint frequentMin = (DatetimeHint) format.learn(Samples.of(values)).orElseThrow();
        assertThat(frequentMin.min()).isEqualTo(OffsetDateTime.parse("2024-03-05T10:11:12Z"));
        assertThat(frequentMin.max()).isEqualTo(OffsetDateTime.parse("2024-03-07T02:00:00Z"));
    }

    @Test
    void theMostCommonWayWinsWhenValuesMix() {
        DatetimeHint h = (DatetimeHint) format.learn(Samples.of("2024-03-05T10:11:12.123456+00:00",
                "2024-03-05T10:11:13+00:00", "2024-03-05T10:11:14.5+00:00", "2024-03-05T10:11:15.000001+00:00"))
                .orElseThrow();
        assertThat(h.format()).isEqualTo("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");
    }

    @Test
    void rejectsWhatIsNoDatetime() {
        for (String v : List.of("2024-03-05", "10:11:12", "hello", "123456789", "12345678901", "2024-03-05T10",
                "2024-03-05T10:11:12 UTC", "05/03/24 10:11:12")) {
            assertThat(format.matches(v)).as(v).isFalse();
        }
        // right syntax, no real instant: skipped; nothing left -> no hint
        assertThat(format.matches("2024-13-45T10:11:12Z")).isTrue();
        assertThat(format.learn(Samples.of("2024-13-45T10:11:12Z"))).isEmpty();
        DatetimeHint h = (DatetimeHint) format.learn(Samples.of("2024-13-45T10:11:12Z", "2024-02-29T10:11:12Z"))
                .orElseThrow();
        assertThat(h.min().getMonthValue()).isEqualTo(2);
    }

    @Test
    void epochStringsGiveUtcInstants() {
        DatetimeHint h = (DatetimeHint) format.learn(Samples.of("1709633472", "1709640000")).orElseThrow();
        assertThat(h.format()).isEqualTo(DatetimeFormats.EPOCH_SECONDS);
        assertThat(h.min()).isEqualTo(OffsetDateTime.parse("2024-03-05T10:00:00Z"));
    }

    @Test
    void frequentValuesAreLeftToChoice() {
        assertThat(format.learn(Samples.repeated(5, "2024-03-05T10:11:12Z", "2024-03-06T10:11:12Z"))).isEmpty();
        assertThat(format.learn(Samples.repeated(4, "2024-03-05T10:11:12Z", "2024-03-06T10:11:12Z"))).isPresent();
    }

    @Test
    void realData() {
        DatetimeHint users = (DatetimeHint) format.learn(Samples.of(Samples.strings("users.json", "created_at")))
                .orElseThrow();
        assertThat(users.format()).isEqualTo("uuuu-MM-dd'T'HH:mm:ssXXX");
        DatetimeHint ms = (DatetimeHint) format.learn(Samples.of(Samples.strings("kitchen-sink.json", "created_ms")))
                .orElseThrow();
        assertThat(ms.format()).isEqualTo("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
        for (String v : Samples.strings("kitchen-sink.json", "created_ms")) {
            assertThat(DateTimeFormatter.ofPattern(ms.format(), Locale.ROOT).format(DatetimeFormat.parse(v))).isEqualTo(v);
        }
    }
}
