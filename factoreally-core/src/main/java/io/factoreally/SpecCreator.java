package io.factoreally;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Analysis: from sample records (a JSON array or NDJSON) to a {@link FactorySpec}.
 * (API contract; implementation in progress.)
 */
public final class SpecCreator {

    private SpecCreator() {
    }

    /** Analyses a file of records. */
    public static FactorySpec create(Path input, CreateOptions options) {
        return analyze(input, options).spec();
    }

    /** Analyses a file of records and reports what was found. */
    public static AnalysisResult analyze(Path input, CreateOptions options) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Analyses a stream of records; {@code sourceName} names it in error messages. */
    public static AnalysisResult analyze(InputStream input, String sourceName, CreateOptions options) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Analyses records already in memory ({@code Map}s or {@code JsonNode}s). */
    public static AnalysisResult analyze(Iterable<?> records, CreateOptions options) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
