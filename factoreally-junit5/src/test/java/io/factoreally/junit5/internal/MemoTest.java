package io.factoreally.junit5.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The run cache's memo: computed once under contention, read without a lock after, failures remembered. */
class MemoTest {

    @Test
    void computesOnceWhenManyThreadsAskAtOnce() throws Exception {
        int threads = 16;
        for (int round = 0; round < 20; round++) {
            AtomicInteger calls = new AtomicInteger();
            Memo<Object> memo = new Memo<>(() -> {
                calls.incrementAndGet();
                return new Object();
            });
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Object>> got = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    got.add(pool.submit(() -> {
                        start.await();
                        return memo.get();
                    }));
                }
                Object first = got.get(0).get();
                for (Future<Object> f : got) {
                    assertThat(f.get()).isSameAs(first);
                }
                assertThat(memo.get()).isSameAs(first);
                assertThat(calls).hasValue(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aFailureIsRememberedAndRethrownWithoutComputingAgain() {
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("spec x.spec.json does not load");
        Memo<String> memo = new Memo<>(() -> {
            calls.incrementAndGet();
            throw failure;
        });
        assertThatThrownBy(memo::get).isSameAs(failure);
        assertThatThrownBy(memo::get).isSameAs(failure);
        assertThat(calls).hasValue(1);
    }

    @Test
    void anErrorIsNotRememberedSoTheNextCallTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String> memo = new Memo<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new StackOverflowError("first");
            }
            return "second";
        });
        assertThatThrownBy(memo::get).isInstanceOf(StackOverflowError.class);
        assertThat(memo.get()).isEqualTo("second");
        assertThat(memo.get()).isEqualTo("second");
        assertThat(calls).hasValue(2);
    }
}
