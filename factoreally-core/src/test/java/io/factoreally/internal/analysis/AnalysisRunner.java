package io.factoreally.internal.analysis;

import io.factoreally.AnalysisResult;
import io.factoreally.CreateOptions;

import java.nio.file.Path;

/** Analyses a file for benchmarks and checks (real fitter once available, else the plain test fitter). */
public final class AnalysisRunner {
    private AnalysisRunner() {
    }

    public static AnalysisResult analyze(Path file, CreateOptions options) {
        return new Analysis(null, options, TestAnalysis.fitter(), StringFormats.all()).run(RecordReader.of(file));
    }
}
