package io.factoreally.internal.analysis;

import io.factoreally.AnalysisResult;

/** Prints the spec of one data set (manual inspection). */
public final class AnalysisSmokeMain {
    public static void main(String[] args) {
        AnalysisResult r = TestAnalysis.runFile(args[0], TestAnalysis.oneThread().threads(Integer.parseInt(args[1])));
        System.out.println(r.spec().toJson());
        System.out.println(r.withheldValues() + " " + r.dataPoints() + " " + r.elapsed());
    }
}
