package io.factoreally.examples;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Checks over many generated records that keep failure output short (no dump of 1,000 records). */
public final class GeneratedRecords {

    private GeneratedRecords() {
    }

    /** Up to 10 generated values that are null or do not match {@code regex}. */
    public static <T> List<String> offending(List<T> records, Function<T, Stream<String>> values, String regex) {
        return records.stream().flatMap(values).filter(v -> v == null || !v.matches(regex)).limit(10).toList();
    }

    /** How many records satisfy {@code condition}. */
    public static <T> long count(List<T> records, Predicate<T> condition) {
        return records.stream().filter(condition).count();
    }
}
