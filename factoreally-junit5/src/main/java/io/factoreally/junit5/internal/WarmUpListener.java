package io.factoreally.junit5.internal;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the {@link WarmUp} when a JUnit Platform launcher session opens, before test discovery, so
 * the first injected object does not wait for Jackson and the spec machinery to load. Registered in
 * {@code META-INF/services}; never fails the session.
 */
public final class WarmUpListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            WarmUp.start();
        } catch (RuntimeException | LinkageError e) {
            // an optimisation only: injection works (just colder) without it
        }
    }
}
