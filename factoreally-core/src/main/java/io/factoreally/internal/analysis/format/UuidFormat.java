package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.UuidHint;
import io.factoreally.internal.spec.ValueHint;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Ours: UUIDs of the version seen (1, 4 or 7, the most common one when they mix) and their case, as
 * a UUID hint. Lowercase version-4 UUIDs get no hint here: {@link Uuid4Format}, next in the order,
 * writes UUID4 as the original does.
 */
public final class UuidFormat implements StringFormat {

    @Override
    public String name() {
        return "uuid";
    }

    @Override
    public boolean matches(String value) {
        return Chars.uuid(value);
    }

    @Override
    public Object matcher() {
        return Chars.UUID;
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        if (FormatRules.prefersChoice(sample) || sample.counts().isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, Long> versions = new TreeMap<>();
        long upper = 0;
        long lower = 0;
        for (var e : sample.counts().entrySet()) {
            String v = e.getKey();
            versions.merge(Character.digit(v.charAt(14), 16), e.getValue(), Long::sum);
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c >= 'a' && c <= 'f') {
                    lower += e.getValue();
                    break;
                }
                if (c >= 'A' && c <= 'F') {
                    upper += e.getValue();
                    break;
                }
            }
        }
        int version = 4;
        long best = -1;
        for (var e : versions.entrySet()) {
            if ((e.getKey() == 1 || e.getKey() == 4 || e.getKey() == 7) && e.getValue() > best) {
                best = e.getValue();
                version = e.getKey();
            }
        }
        boolean isUpper = upper > lower;
        if (version == 4 && !isUpper) {
            return Optional.empty();
        }
        return Optional.of(new UuidHint(version, isUpper));
    }
}
