package io.factoreally.internal.analysis.format;

import io.factoreally.internal.spec.DateHint;
import io.factoreally.internal.spec.DatetimeHint;
import io.factoreally.internal.spec.ValueHint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end per field of the shared data: detect and learn, then 1,000 values from the registered
 * sampler with a fixed seed, which must have the input's format.
 */
class GeneratedFormatsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "users.json|id|[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
            "users.json|email|[a-z]+\\.[a-z]+\\d+@[a-z]+\\.[a-z]+",
            "users.json|created_at|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z",
            "users.json|signup_date|\\d{4}-\\d{2}-\\d{2}",
            "users.json|app_version|\\d+\\.\\d+\\.\\d+",
            "users.json|session_length|\\d{2}:\\d{2}:\\d{2}",
            "users.json|address.zip|\\d{5}",
            "kitchen-sink.json|owner|auth0\\x7C[0-9a-f]{24}",
            "kitchen-sink.json|device_mac|[0-9A-F]{2}(:[0-9A-F]{2}){5}",
            "kitchen-sink.json|created|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z",
            "kitchen-sink.json|created_ms|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z",
            "kitchen-sink.json|uptime|\\d+\\.\\d{2}:\\d{2}:\\d{2}",
            "kitchen-sink.json|latency|\\d+\\.\\d{2}:\\d{2}:\\d{2}\\.\\d{1,7}",
            "kitchen-sink.json|version|\\d+\\.\\d+\\.\\d+",
            "kitchen-sink.json|sku|[A-Z]{3}-\\d{5}",
            "kitchen-sink.json|note|[a-z ]+",
            "movies.json|Release Date|[A-Z][a-z]{2} \\d{2} \\d{4}",
            "seattle-weather.json|date|\\d{4}-\\d{2}-\\d{2}",
    })
    void generatedValuesKeepTheInputsFormat(String file, String path, String regex) {
        List<String> input = Samples.strings(file, path);
        assertThat(input).as("the regex describes the input").allMatch(v -> v.matches(regex));
        ValueHint hint = Samples.detect(Samples.of(input)).orElseThrow();
        List<String> out = Generated.draw(hint, 1000);
        assertThat(out).allMatch(v -> v.matches(regex), regex);
        if (hint instanceof DatetimeHint d) {
            DateTimeFormatter f = DateTimeFormatter.ofPattern(d.format(), Locale.ROOT);
            assertThat(out).allMatch(v -> f.format(f.parse(v)).equals(v));
        }
        if (hint instanceof DateHint d) {
            DateTimeFormatter f = d.format() == null ? DateTimeFormatter.ISO_LOCAL_DATE
                    : DateTimeFormatter.ofPattern(d.format(), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
            assertThat(out).allMatch(v -> {
                LocalDate day = LocalDate.parse(v, f);
                return !day.isBefore(d.min()) && !day.isAfter(d.max());
            });
        }
    }
}
