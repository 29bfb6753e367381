package io.factoreally.junit5.internal;

import io.factoreally.junit5.Realistic;
import io.factoreally.junit5.model.User;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** The warm-up is registered with the launcher, does its work, and can neither fail nor block a test run. */
class WarmUpTest {

    static class Injected {
        @Test
        void user(@Realistic(spec = "user.spec.json") User user) {
            assertThat(user.address().city()).isIn("Austin", "Berlin");
        }
    }

    @Test
    void listenerIsRegisteredForTheLauncher() {
        List<String> listeners = ServiceLoader.load(LauncherSessionListener.class).stream()
                .map(p -> p.type().getName()).toList();
        assertThat(listeners).contains(WarmUpListener.class.getName());
    }

    @Test
    void aLauncherSessionWithTheListenerRunsInjectedTests() {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Injected.class)).build(),
                    summary);
        }
        TestExecutionSummary s = summary.getSummary();
        assertThat(s.getTotalFailureCount()).isZero();
        assertThat(s.getTestsSucceededCount()).isEqualTo(1);
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().equals("factoreally-warmup"))
                .allMatch(Thread::isDaemon);
    }

    @Test
    void listenerNeverFailsTheSession() {
        assertThatCode(() -> new WarmUpListener().launcherSessionOpened(null)).doesNotThrowAnyException();
    }

    @Test
    void workReadsCompilesAndBindsTheBuiltInSpec() {
        WarmUp.Sample sample = WarmUp.work();
        assertThat(sample.id()).hasSize(36);
        assertThat(sample.age()).isBetween(1, 9);
        assertThat(sample.score()).isBetween(0.5, 1.5);
        assertThat(sample.tags()).isNotEmpty().hasSizeLessThanOrEqualTo(2).containsOnly("x");
        assertThat(sample.address().city()).isEqualTo("c");
    }

    @Test
    void aFailingWarmUpIsIgnoredOnItsDaemonThread() throws InterruptedException {
        List<Throwable> uncaught = new ArrayList<>();
        for (Runnable failing : List.<Runnable>of(() -> {
            throw new IllegalStateException("no Jackson");
        }, () -> {
            throw new NoClassDefFoundError("com/fasterxml/jackson/databind/ObjectMapper");
        }, () -> {
            throw new ExceptionInInitializerError("static init");
        })) {
            Thread thread = WarmUp.daemon(failing);
            assertThat(thread.isDaemon()).isTrue();
            assertThat(thread.getName()).isEqualTo("factoreally-warmup");
            thread.setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
            thread.start();
            thread.join();
        }
        assertThat(uncaught).isEmpty();
    }

    @Test
    void aClassThatFailsToInitialiseIsLoggedWithItsCause() throws InterruptedException {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("io.factoreally.junit5");
        List<java.util.logging.LogRecord> records = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            ExceptionInInitializerError cause = new ExceptionInInitializerError("static init");
            Thread thread = WarmUp.daemon(() -> {
                throw cause;
            });
            thread.start();
            thread.join();
            Thread ignored = WarmUp.daemon(() -> {
                throw new IllegalStateException("no spec");
            });
            ignored.start();
            ignored.join();
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
                assertThat(r.getMessage()).isEqualTo(
                        "Factoreally: loading the injection machinery failed; injections will fail too");
                assertThat(r.getThrown()).isSameAs(cause);
            });
        } finally {
            log.removeHandler(handler);
        }
    }

    @Test
    void falseDisablesIt() throws InterruptedException {
        AtomicBoolean ran = new AtomicBoolean();
        for (String off : List.of("false", " FALSE ")) {
            Thread thread = WarmUp.start(WarmUp.daemon(() -> ran.set(true)), off);
            assertThat(thread.getState()).isEqualTo(Thread.State.NEW);
            WarmUp.await(thread); // returns at once: nothing to wait for
        }
        for (String on : new String[] {null, "true", ""}) {
            Thread thread = WarmUp.start(WarmUp.daemon(() -> ran.set(true)), on);
            thread.join();
        }
        assertThat(ran).isTrue();
    }

    @Test
    void aThreadThatCannotStartIsLeftAlone() throws InterruptedException {
        Thread done = WarmUp.daemon(() -> { });
        done.start();
        done.join();
        assertThatCode(() -> WarmUp.start(done, null)).doesNotThrowAnyException(); // IllegalThreadStateException inside
        WarmUp.await(done);
        assertThat(done.isAlive()).isFalse();
    }

    @Test
    void awaitReturnsWhenTheWorkIsDoneAndKeepsTheInterrupt() {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        Thread thread = WarmUp.start(WarmUp.daemon(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            done.set(true);
        }), null);
        Thread.currentThread().interrupt();
        new Thread(release::countDown).start();
        WarmUp.await(thread);
        assertThat(Thread.interrupted()).as("interrupt kept").isTrue();
        assertThat(thread.isAlive()).isFalse();
        assertThat(done).isTrue();
    }
}
