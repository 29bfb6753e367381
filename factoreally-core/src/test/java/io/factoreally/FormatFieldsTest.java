package io.factoreally;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link AnalysisResult#formatFields()}: string fields generated from a learned format, none of their values stored. */
class FormatFieldsTest {
    @Test
    void countsStringFieldsDescribedByAFormatAlone() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            records.add(Map.of(
                    "email", "user" + i + "@example.com", // every one rare: an EMAIL format, nothing stored
                    "id", "3f1c2a9e-0b4d-4c8e-9a7f-" + String.format("%012d", i), // a UUID format
                    "kind", i % 2 == 0 ? "a" : "b", // a CHOICE of stored values
                    "same", "x", // CONST
                    "n", i)); // a number, not a string
        }
        AnalysisResult r = SpecCreator.analyze(records, CreateOptions.defaults());
        assertThat(r.formatFields()).isEqualTo(2);
        assertThat(r.withheldValues()).isEmpty();
    }

    @Test
    void theBundledUsersHaveMostStringsFromFormats() {
        AnalysisResult r = SpecCreator.analyze(Path.of("../../shared/data/users.json"), CreateOptions.defaults());
        // id (UUID4), email, street, zip (TEMPLATE), created_at, signup_date, app_version, session_length, bio
        // (TEXT); not country, city, the metadata values or nickname (CHOICEs), nor the numbers
        assertThat(r.formatFields()).isEqualTo(9);
    }
}
