package io.factoreally.junit5.internal;

import io.factoreally.internal.bind.Binder;

import java.util.List;

/**
 * Takes the first injection's class loading off the test thread: a daemon thread reads, compiles and
 * binds a small built-in spec, which loads and initialises what every first injection needs (spec
 * reader, generator, Jackson's binding mapper and bean deserialisation), most of it while the JUnit
 * Platform is still discovering tests. Started once per JVM (class-holder idiom), by
 * {@link WarmUpListener} at the start of the launcher session or else by the first injection.
 *
 * <p>An injection {@linkplain #await() waits} for it before its thread touches the spec machinery or
 * Jackson, so a test thread and the warm-up never initialise those classes at the same time (no risk of
 * a class-initialisation deadlock between them). It only loads classes: it reads
 * nothing from the test run, touches no user class and keeps no state, so injected data is the same
 * with or without it; a failure is ignored (the injection then meets the same failure itself).
 */
public final class WarmUp {
    /** Disables the warm-up thread when {@code "false"} (system property). */
    public static final String PROPERTY = "factoreally.warmup";

    /** The built-in spec, a classpath resource like most users' specs (so the same reader warms up). */
    static final String SPEC = "io/factoreally/junit5/internal/warm-up.spec.json";

    /** A model in the shape most tests bind: scalars, a list and a nested record. */
    record Sample(String id, String name, int age, double score, boolean active, List<String> tags, Place address) {
    }

    /** The nested record of {@link Sample}. */
    record Place(String city) {
    }

    private WarmUp() {
    }

    /** The warm-up thread, started when first asked for (unless disabled). */
    private static final class Started {
        static final Thread THREAD = start(daemon(WarmUp::work), setting());
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
        await(Started.THREAD);
    }

    /** Waits until {@code thread} is over (not started counts as over); keeps this thread's interrupt. */
    static void await(Thread thread) {
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

    /**
     * Starts {@code thread} unless {@code setting} (the {@value #PROPERTY} property) is {@code "false"};
     * never throws, so neither the holder nor an injection can fail because of the warm-up.
     */
    static Thread start(Thread thread, String setting) {
        if (!"false".equalsIgnoreCase(setting == null ? null : setting.strip())) {
            try {
                thread.start();
            } catch (RuntimeException | OutOfMemoryError e) {
                // no thread to spare (or started already): the first injection does the work itself
            }
        }
        return thread;
    }

    private static String setting() {
        try {
            return System.getProperty(PROPERTY);
        } catch (SecurityException e) {
            return null;
        }
    }

    /** An unstarted daemon thread doing {@code work} and ignoring its failure. */
    static Thread daemon(Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // only a warm-up: the first injection does the same work and reports what goes wrong
            } catch (LinkageError e) {
                // a class failed to initialise here (e.g. mismatched Jackson jars): later injections only
                // see "Could not initialize class", so the cause is logged where it happened
                System.getLogger("io.factoreally.junit5").log(System.Logger.Level.WARNING,
                        "Factoreally: loading the injection machinery failed; injections will fail too", e);
            }
        }, "factoreally-warmup");
        thread.setDaemon(true);
        return thread;
    }

    /** The warm-up's work: find, read, compile and bind the built-in spec the way an injection does. */
    static Sample work() {
        SpecCache cache = new SpecCache(WarmUp.class.getClassLoader()); // a throwaway: nothing is kept
        if (!(cache.spec(List.of(SPEC)) instanceof LoadedSpec.Found found)) {
            throw new IllegalStateException("missing " + SPEC);
        }
        return Binder.bind(cache.factory(found).seed(1).buildValue(), Binder.target(Sample.class)); // as Injector binds
    }
}
