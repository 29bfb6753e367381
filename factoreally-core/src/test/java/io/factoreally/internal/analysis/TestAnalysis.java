package io.factoreally.internal.analysis;

import io.factoreally.AnalysisResult;
import io.factoreally.CreateOptions;
import io.factoreally.internal.model.ModelShape;
import io.factoreally.internal.spec.NumberHint;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs analyses in tests. Until the real {@link NumberFitter} lands on this branch, numbers go through
 * {@link #PLAIN_FIT}: the observed range without a fitted shape (what the original writes when no
 * distribution passes its test), so these tests check the pipeline, not the fitting.
 */
final class TestAnalysis {
    static final Path DATA = Path.of("../../shared/data");
    static final List<String> DATA_SETS = List.of("cars", "movies", "penguins", "seattle-weather", "countries",
            "github-webhooks", "users", "kitchen-sink");

    /** Observed min/max, prec for floats; no distribution. */
    static final NumberFit PLAIN_FIT = (sample, integral, min, max, prec) -> new NumberHint(min, max, prec, null);

    private TestAnalysis() {
    }

    static boolean realFitterAvailable() {
        try {
            NumberFitter.fit(new double[] {1, 2, 3}, true, 1L, 3L, null);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    static NumberFit fitter() {
        return realFitterAvailable() ? NumberFitter::fit : PLAIN_FIT;
    }

    static AnalysisResult run(String json, CreateOptions options) {
        return run(json, options, null, StringFormats.all());
    }

    static AnalysisResult run(String json, CreateOptions options, ModelShape model, List<StringFormat> formats) {
        return new Analysis(model, options, fitter(), formats)
                .run(RecordReader.of(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"));
    }

    static AnalysisResult runFile(String dataSet, CreateOptions options) {
        return runFile(dataSet, options, null);
    }

    static AnalysisResult runFile(String dataSet, CreateOptions options, ModelShape model) {
        return new Analysis(model, options, fitter(), StringFormats.all())
                .run(RecordReader.of(DATA.resolve(dataSet + ".json")));
    }

    static CreateOptions oneThread() {
        return CreateOptions.defaults().threads(1);
    }
}
