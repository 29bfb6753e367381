package io.factoreally.junit5.internal;

import io.factoreally.Factory;
import io.factoreally.FactorySpec;

import java.util.List;

/**
 * Takes the first injection's class loading off the test thread: a daemon thread reads, compiles and
 * binds a small built-in spec, which loads and initialises what every first injection needs (spec
 * reader, generator, Jackson's binding mapper and bean deserialisation), most of it while the JUnit
 * Platform is still discovering tests. Started once per JVM (class-holder idiom), by
 * {@link WarmUpListener} at the start of the launcher session or else by the first injection.
 *
 * <p>The first injection {@linkplain #await() waits} for it before touching Factoreally or Jackson,
 * so two threads never initialise those classes at the same time. It only loads classes: it reads
 * nothing from the test run, touches no user class and keeps no state, so injected data is the same
 * with or without it; a failure is ignored (the injection then meets the same failure itself).
 */
public final class WarmUp {
    /** Disables the warm-up thread when {@code "false"} (system property). */
    public static final String PROPERTY = "factoreally.warmup";

    private static final String SPEC = """
            {"metadata": {"samples_analyzed": 2},
             "fields": {
               "id": {"UUID4": {}},
               "name": {"CHOICE": {"choices": ["a", "b"], "weights": [0.5, 0.5]}, "NULL": {"pct": 10.0}},
               "age": {"NUMBER": {"min": 1, "max": 9}},
               "score": {"NUMBER": {"min": 0.5, "max": 1.5}},
               "active": {"CHOICE": {"choices": [true, false], "weights": [0.5, 0.5]}},
               "tags": {"ARRAY": {}, "NUMBER": {"min": 1, "max": 2}},
               "tags[]": {"CHOICE": {"choices": ["x"], "weights": [1.0]}},
               "address.city": {"CHOICE": {"choices": ["c"], "weights": [1.0]}}
             }}""";

    /** A model in the shape most tests bind: scalars, a list and a nested record. */
    record Sample(String id, String name, int age, double score, boolean active, List<String> tags, Place address) {
    }

    /** The nested record of {@link Sample}. */
    record Place(String city) {
    }

    private WarmUp() {
    }

    /** The warm-up thread, started when first asked for. */
    private static final class Started {
        static final Thread THREAD = start();

        private static Thread start() {
            Thread thread = new Thread(WarmUp::run, "factoreally-warmup");
            thread.setDaemon(true);
            if (!"false".equals(System.getProperty(PROPERTY))) {
                thread.start();
            }
            return thread;
        }
    }

    /** Starts the warm-up unless it was started already (or disabled); returns at once. */
    public static void start() {
        Started.THREAD.getState();
    }

    /**
     * Waits until the warm-up is over (at once when it is, or when it was disabled), starting it if
     * nothing has yet.
     */
    public static void await() {
        Thread thread = Started.THREAD;
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run() {
        try {
            Factory.of(FactorySpec.fromJson(SPEC)).seed(1).build(Sample.class);
        } catch (RuntimeException | LinkageError e) {
            // only a warm-up: the first injection does the same work and reports what goes wrong
        }
    }
}
