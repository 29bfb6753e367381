package io.factoreally.junit5.internal;

import java.util.function.Supplier;

/**
 * Computes a value once, also under contention, and remembers a failure as well as a value. Once
 * computed, reading takes no lock, so concurrent tests sharing a cached value do not queue for it.
 */
final class Memo<T> {
    private Supplier<T> supplier;
    private T value;
    private RuntimeException failure;
    /** Written after {@code value} and {@code failure}, read before them: publishes them safely. */
    private volatile boolean done;

    Memo(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    T get() {
        if (!done) {
            compute();
        }
        if (failure != null) {
            throw failure;
        }
        return value;
    }

    private synchronized void compute() {
        if (done) {
            return;
        }
        try {
            value = supplier.get();
        } catch (RuntimeException e) {
            failure = e;
        }
        supplier = null;
        done = true;
    }
}
