package io.factoreally.internal.analysis;

import io.factoreally.internal.spec.DatetimeHint;
import io.factoreally.internal.spec.ValueHint;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/** Minimal formats for pipeline tests only (the real ones are the formats engineer's). */
final class TestFormats {
    private TestFormats() {
    }

    /** Aware ISO datetimes; learns min/max. */
    static final StringFormat ISO_DATETIME = new StringFormat() {
        private final Pattern p = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([+-]\\d{2}:\\d{2}|Z)");

        @Override
        public String name() {
            return "test-datetime";
        }

        @Override
        public boolean matches(String value) {
            return p.matcher(value).matches();
        }

        @Override
        public Optional<ValueHint> learn(StringSample sample) {
            OffsetDateTime min = null;
            OffsetDateTime max = null;
            for (String s : sample.counts().keySet()) {
                OffsetDateTime t = OffsetDateTime.parse(s);
                min = min == null || t.isBefore(min) ? t : min;
                max = max == null || t.isAfter(max) ? t : max;
            }
            return Optional.of(new DatetimeHint(min, max, null));
        }
    };
}
