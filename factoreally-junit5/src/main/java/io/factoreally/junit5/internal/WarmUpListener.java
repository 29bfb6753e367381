package io.factoreally.junit5.internal;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the {@link WarmUp} when the JUnit Platform loads its launcher session listeners, before test
 * engines and discovery, so the first injected object does not wait for Jackson and the spec machinery
 * to load. Registered in {@code META-INF/services}; never fails the session.
 */
public final class WarmUpListener implements LauncherSessionListener {

    /** Starts the warm-up already here: the platform creates its listeners ~15 ms before opening the session. */
    public WarmUpListener() {
        begin();
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        begin();
    }

    private static void begin() {
        try {
            WarmUp.start();
        } catch (RuntimeException | LinkageError e) {
            // an optimisation only: injection works (just colder) without it
        }
    }
}
