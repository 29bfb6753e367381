package io.factoreally.junit5.perf;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Factoreally's {@code @Realistic} against Instancio's {@code @Given} on the same model, through the
 * JUnit Platform launcher, measured in the same run:
 * <ul>
 *   <li>time from JVM start to the first injected object: a fresh JVM per sample, the two alternating;</li>
 *   <li>added cost per injected parameter once warm (spec cached): a {@code @RepeatedTest} with one
 *       injected parameter minus the same test without it, after warm-up rounds, best of several.</li>
 * </ul>
 * A do-nothing resolver registered the same way shows what JUnit itself costs per such parameter (the
 * floor under both). Not part of the build. Run from the repository root (on a loaded machine with
 * {@code chrt -r 1 java ...}, and compare versions A/B in alternating runs):
 * <pre>
 * mvn -B -q -pl factoreally-junit5 -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp factoreally-junit5/target/test-classes:factoreally-junit5/target/classes:factoreally-core/target/classes:$(cat factoreally-junit5/target/test.classpath) \
 *      io.factoreally.junit5.perf.InjectionBenchmark
 * </pre>
 * (run it from {@code factoreally-junit5} or the root: the spec is a classpath resource). Arguments
 * {@code first 15} measure only the time to the first object, with 15 samples of each; {@code steady}
 * only the added cost per injected parameter.
 */
public final class InjectionBenchmark {
    private static final int FIRST_SAMPLES = 7;
    private static final int ROUNDS = 8;

    private InjectionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("steady")) {
            steady();
            return;
        }
        if (args.length == 2 && args[0].equals("run")) {
            run(Class.forName(args[1]));
            return;
        }
        boolean firstOnly = args.length == 2 && args[0].equals("first");
        int samples = firstOnly ? Integer.parseInt(args[1]) : FIRST_SAMPLES;
        List<Long> factoreally = new ArrayList<>();
        List<Long> instancio = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            factoreally.add(firstObjectMs(PerfClasses.FactoreallyFirst.class));
            instancio.add(firstObjectMs(PerfClasses.InstancioFirst.class));
        }
        System.out.printf("time to first injected object (fresh JVM, median of %d): factoreally %d ms, instancio %d ms%n",
                samples, median(factoreally), median(instancio));
        System.out.printf("  samples factoreally %s%n  samples instancio   %s%n", factoreally, instancio);
        if (!firstOnly) {
            steady();
        }
    }

    private static void steady() {

        double base = Double.MAX_VALUE;
        double fr = Double.MAX_VALUE;
        double in = Double.MAX_VALUE;
        double reg = Double.MAX_VALUE;
        double noop = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            noop = Math.min(noop, timeNanos(PerfClasses.NoopRepeated.class));
            base = Math.min(base, timeNanos(PerfClasses.Baseline.class));
            fr = Math.min(fr, timeNanos(PerfClasses.FactoreallyRepeated.class));
            in = Math.min(in, timeNanos(PerfClasses.InstancioRepeated.class));
            reg = Math.min(reg, timeNanos(PerfClasses.FactoreallyRegisteredRepeated.class));
        }
        int n = PerfClasses.REPETITIONS;
        System.out.printf("per test (best of %d rounds, %d repetitions): baseline %.1f us, factoreally %.1f us, instancio %.1f us%n",
                ROUNDS, n, base / n / 1e3, fr / n / 1e3, in / n / 1e3);
        System.out.printf("added cost per injected parameter: factoreally %.1f us, instancio %.1f us (ratio %.2f)%n",
                (fr - base) / n / 1e3, (in - base) / n / 1e3, (fr - base) / (in - base));
        System.out.printf("  with @ExtendWith on the class: factoreally %.1f us (ratio %.2f)%n",
                (reg - base) / n / 1e3, (reg - base) / (in - base));
        System.out.printf("  JUnit's own share (a do-nothing resolver registered the same way): %.1f us%n",
                (noop - base) / n / 1e3);
    }

    private static long firstObjectMs(Class<?> testClass) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                InjectionBenchmark.class.getName(), "run", testClass.getName()).redirectErrorStream(true).start();
        long result = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("FIRST_OBJECT_MS=")) {
                    result = Long.parseLong(line.substring("FIRST_OBJECT_MS=".length()).split(" ")[0]);
                }
            }
        }
        if (p.waitFor() != 0 || result < 0) {
            throw new IllegalStateException(testClass.getSimpleName() + " did not report its first object");
        }
        return result;
    }

    private static double timeNanos(Class<?> testClass) {
        long start = System.nanoTime();
        run(testClass);
        return System.nanoTime() - start;
    }

    private static void run(Class<?> testClass) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request, summary);
        if (summary.getSummary().getTotalFailureCount() > 0 || summary.getSummary().getTestsSucceededCount() == 0) {
            summary.getSummary().printFailuresTo(new java.io.PrintWriter(System.err, true), 5);
            throw new IllegalStateException(testClass.getSimpleName() + " failed");
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
