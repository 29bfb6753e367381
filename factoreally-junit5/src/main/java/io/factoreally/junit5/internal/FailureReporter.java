package io.factoreally.junit5.internal;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells how to replay a failed test: for each seed it used, a report entry ({@code factoreally.seed}
 * and {@code factoreally.replay}) and a log line a user can copy. Reports a test at most once.
 */
public final class FailureReporter {
    /** Report entry key of the seed value. */
    public static final String SEED_KEY = "factoreally.seed";
    /** Report entry key of the replay line. */
    public static final String REPLAY_KEY = "factoreally.replay";
    private static final System.Logger LOG = System.getLogger("io.factoreally.junit5");

    private FailureReporter() {
    }

    /** Reports {@code context}'s seeds if it used any and {@code failure} is a failure (not an abort). */
    public static void report(ExtensionContext context, Throwable failure) {
        if (failure.getClass().getName().equals("org.opentest4j.TestAbortedException")) {
            return;
        }
        List<TestSeed> seeds = TestSeed.usedBy(context);
        if (seeds.isEmpty()) {
            return;
        }
        AtomicBoolean reported = Stores.of(context).getOrComputeIfAbsent("reported:" + context.getUniqueId(),
                k -> new AtomicBoolean(), AtomicBoolean.class);
        if (!reported.compareAndSet(false, true)) {
            return;
        }
        for (TestSeed seed : seeds) {
            String line = Messages.replay(seed);
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put(SEED_KEY, Long.toString(seed.value()));
            entry.put(REPLAY_KEY, line);
            context.publishReportEntry(entry);
            LOG.log(System.Logger.Level.WARNING, line);
        }
    }
}
