package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The precedence order on the real data sets: which format each string field gets. */
class StringFormatsTest {

    @ParameterizedTest
    @CsvSource({
            "users.json, id, uuid4",
            "users.json, email, email",
            "users.json, created_at, datetime",
            "users.json, signup_date, date",
            "users.json, app_version, version",
            "users.json, session_length, duration",
            "users.json, address.zip, template",
            "users.json, country, none",          // 6 frequent codes: CHOICE
            "kitchen-sink.json, owner, auth0_id",
            "kitchen-sink.json, device_mac, mac",
            "kitchen-sink.json, created, datetime",
            "kitchen-sink.json, created_ms, datetime",
            "kitchen-sink.json, day, date",
            "kitchen-sink.json, uptime, duration",
            "kitchen-sink.json, latency, duration",
            "kitchen-sink.json, version, version",
            "kitchen-sink.json, sku, template",
            "kitchen-sink.json, note, text",
            "kitchen-sink.json, const, none",     // one frequent value: CONST
            "kitchen-sink.json, tier, none",
            "movies.json, Release Date, date",
            "movies.json, MPAA Rating, none",
            "seattle-weather.json, date, date",
            "countries.json, cca3, code",
            "cars.json, Year, none",              // 12 frequent dates: CHOICE
    })
    void realFields(String file, String path, String expected) {
        assertThat(Samples.winner(Samples.of(Samples.strings(file, path)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"datetime", "date", "duration", "auth0_id", "mac", "uuid", "uuid4", "ip", "email", "url", "version",
            "numstr", "code", "phone", "template", "alpha", "text"})
    void everyFormatIsRegisteredOnce(String name) {
        assertThat(StringFormats.all()).filteredOn(f -> f.name().equals(name)).hasSize(1);
    }
}
