package io.factoreally.internal.analysis.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringFormats;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.ValueHint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test helpers: samples from value lists and from the shared data sets, and the pipeline's choice. */
final class Samples {
    static final int K = 5;

    private Samples() {
    }

    /** A complete sample of these occurrences (first-seen order), k = 5. */
    static StringSample of(Collection<String> values) {
        Map<String, Long> counts = new LinkedHashMap<>();
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        return new StringSample(counts, values.size(), counts.size(), true, K);
    }

    static StringSample of(String... values) {
        return of(List.of(values));
    }

    /** Each value repeated {@code times} times. */
    static StringSample repeated(int times, String... values) {
        List<String> all = new ArrayList<>();
        for (String v : values) {
            for (int i = 0; i < times; i++) {
                all.add(v);
            }
        }
        return of(all);
    }

    /** What the pipeline does: the first format in precedence order that matches every value and learns. */
    static Optional<ValueHint> detect(StringSample sample) {
        for (StringFormat f : StringFormats.all()) {
            if (sample.counts().keySet().stream().allMatch(f::matches)) {
                Optional<ValueHint> h = f.learn(sample);
                if (h.isPresent()) {
                    return h;
                }
            }
        }
        return Optional.empty();
    }

    /** Name of the format that wins, or "none". */
    static String winner(StringSample sample) {
        for (StringFormat f : StringFormats.all()) {
            if (sample.counts().keySet().stream().allMatch(f::matches) && f.learn(sample).isPresent()) {
                return f.name();
            }
        }
        return "none";
    }

    /** Every string at a dotted path ({@code a.b}, {@code a[].b}) of a shared data file. */
    static List<String> strings(String file, String path) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Path.of("../../shared/data", file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode record : root) {
            collect(record, path.split("\\."), 0, out);
        }
        return out;
    }

    private static void collect(JsonNode node, String[] parts, int i, List<String> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (i == parts.length) {
            if (node.isTextual()) {
                out.add(node.textValue());
            }
            return;
        }
        String p = parts[i];
        if (p.endsWith("[]")) {
            JsonNode arr = node.get(p.substring(0, p.length() - 2));
            if (arr != null && arr.isArray()) {
                arr.forEach(e -> collect(e, parts, i + 1, out));
            }
        } else {
            collect(node.get(p), parts, i + 1, out);
        }
    }
}
