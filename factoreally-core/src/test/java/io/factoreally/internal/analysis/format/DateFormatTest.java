package io.factoreally.internal.analysis.format;

import io.factoreally.internal.spec.DateHint;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DateFormatTest {
    private final DateFormat format = new DateFormat();

    @Test
    void isoDatesKeepTheOriginalsFormat() {
        DateHint h = (DateHint) format.learn(Samples.of("2024-03-05", "2024-01-15", "2024-02-29")).orElseThrow();
        assertThat(h.format()).isNull();
        // rare bounds widened to the month around them
        assertThat(h.min()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(h.max()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void onlyRealCalendarDates() {
        assertThat(format.matches("2024-02-29")).isTrue();
        assertThat(format.matches("2023-02-29")).isFalse();
        assertThat(format.matches("2024-13-45")).isFalse();
        assertThat(format.matches("2024-3-5")).isFalse();
        assertThat(format.matches("20240305")).isFalse();
    }

    @Test
    void otherWaysOfWritingADay() {
        assertThat(((DateHint) format.learn(Samples.of("Jun 12 1998", "Aug 07 1998")).orElseThrow()).format())
                .isEqualTo("MMM dd uuuu");
        assertThat(((DateHint) format.learn(Samples.of("03/05/2024", "12/31/2024")).orElseThrow()).format())
                .isEqualTo("MM/dd/uuuu");
        assertThat(((DateHint) format.learn(Samples.of("03/05/2024", "31/12/2024")).orElseThrow()).format())
                .isEqualTo("dd/MM/uuuu");
        assertThat(((DateHint) format.learn(Samples.of("05.03.2024", "31.12.2024")).orElseThrow()).format())
                .isEqualTo("dd.MM.uuuu");
        assertThat(format.matches("Jun 31 1998")).isFalse();
    }

    @Test
    void frequentBoundsAreKeptExactly() {
        var values = new java.util.ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            values.add("2024-03-05");
        }
        values.add("2024-03-20");
        DateHint h = (DateHint) format.learn(Samples.of(values)).orElseThrow();
        assertThat(h.min()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(h.max()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void categoricalDatesAreLeftToChoice() {
        assertThat(format.learn(Samples.of(Samples.strings("cars.json", "Year")))).isEmpty();
    }

    @Test
    void moviesReleaseDates() {
        List<String> values = Samples.strings("movies.json", "Release Date");
        assertThat(values).allMatch(format::matches);
        DateHint h = (DateHint) format.learn(Samples.of(values)).orElseThrow();
        assertThat(h.format()).isEqualTo("MMM dd uuuu");
        DateTimeFormatter f = DateTimeFormatter.ofPattern(h.format(), Locale.ROOT);
        for (String v : values) {
            assertThat(f.format(LocalDate.parse(v, f))).isEqualTo(v);
        }
        assertThat(f.format(h.min())).matches("[A-Z][a-z]{2} \\d{2} \\d{4}");
    }
}
