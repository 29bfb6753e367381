package io.factoreally;

import io.factoreally.internal.analysis.Analysis;
import io.factoreally.internal.analysis.RecordReader;
import io.factoreally.internal.model.ModelIntrospector;
import io.factoreally.internal.model.ModelShape;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Analysis: from sample records (a JSON array or NDJSON, told apart by the first non-blank character)
 * to a {@link FactorySpec}. Streaming with bounded memory; the same input and options always give a
 * byte-identical spec, whatever the number of threads. Strict input: malformed JSON, duplicate keys,
 * NaN, trailing content and records that are not objects fail with the source, line and column.
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
        return run(RecordReader.of(input), options);
    }

    /** Analyses a stream of records; {@code sourceName} names it in error messages. */
    public static AnalysisResult analyze(InputStream input, String sourceName, CreateOptions options) {
        return run(RecordReader.of(input, sourceName), options);
    }

    /** Analyses text records; {@code sourceName} names it in error messages. */
    public static AnalysisResult analyze(Reader input, String sourceName, CreateOptions options) {
        return run(RecordReader.of(input, sourceName), options);
    }

    /** Analyses records already in memory ({@code Map}s or {@code JsonNode}s). */
    public static AnalysisResult analyze(Iterable<?> records, CreateOptions options) {
        return run(RecordReader.ofObjects(records, "<records>"), options);
    }

    /** Analyses a stream of records ({@code Map}s or {@code JsonNode}s); consumes the stream. */
    public static AnalysisResult analyze(Stream<?> records, CreateOptions options) {
        Stream<Object> objects = records.map(o -> o);
        Iterable<Object> once = objects::iterator;
        return run(RecordReader.ofObjects(once, "<records>"), options);
    }

    private static AnalysisResult run(RecordReader reader, CreateOptions options) {
        return Analysis.standard(modelShape(options.model()), options).run(reader);
    }

    private static ModelShape modelShape(Class<?> model) {
        return model == null ? null : ModelIntrospector.introspect(model);
    }
}
