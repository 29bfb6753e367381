package io.factoreally;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One factory, 16 threads, for {@code factoreally.soak.seconds} (default 10): every record a thread
 * sees is exactly the record its index implies, and the records handed out through the shared cursor
 * are exactly records 0..n-1, each once. Functions in overrides run concurrently too.
 */
class FactoryConcurrencyTest {
    private static final int THREADS = 16;
    private static final int REFERENCE = 2_000;

    @Test
    void sixteenThreadsSeeExactlyTheRecordsTheirIndexesImply() throws Exception {
        Duration soak = Duration.ofSeconds(Long.getLong("factoreally.soak.seconds", 10));
        Factory factory = Factory.of(FactorySpec.read(Path.of("../../shared/specs/github-webhooks.spec.json")))
                .seed(99)
                .with("action", (String v) -> v == null ? null : v.toUpperCase())
                .with("sender.login", (Object v, Map<String, Object> r) -> "u-" + r.get("action"));
        List<Map<String, Object>> reference = new ArrayList<>();
        for (int i = 0; i < REFERENCE; i++) {
            reference.add(factory.recordAt(i));
        }
        Factory shared = factory.seed(99); // fresh cursor, same configuration
        ConcurrentLinkedQueue<Map<String, Object>> fromCursor = new ConcurrentLinkedQueue<>();
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger checked = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        long deadline = System.nanoTime() + soak.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < deadline) {
                        int i = random.nextInt(REFERENCE);
                        assertThat(factory.recordAt(i)).isEqualTo(reference.get(i));
                        if (taken.getAndIncrement() < REFERENCE) {
                            fromCursor.add(shared.build());
                        }
                        checked.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(checked.get()).isGreaterThan(THREADS);
        assertThat(counts(new ArrayList<>(fromCursor))).isEqualTo(counts(reference.subList(0, fromCursor.size())));
    }

    private static Map<Map<String, Object>, Integer> counts(List<Map<String, Object>> records) {
        Map<Map<String, Object>, Integer> counts = new HashMap<>();
        records.forEach(r -> counts.merge(r, 1, Integer::sum));
        return counts;
    }
}
