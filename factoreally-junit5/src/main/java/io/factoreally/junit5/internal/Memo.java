package io.factoreally.junit5.internal;

import java.util.function.Supplier;

/** Computes a value once, also under contention, and remembers a failure as well as a value. */
final class Memo<T> {
    private Supplier<T> supplier;
    private T value;
    private RuntimeException failure;

    Memo(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    synchronized T get() {
        if (supplier != null) {
            try {
                value = supplier.get();
            } catch (RuntimeException e) {
                failure = e;
            }
            supplier = null;
        }
        if (failure != null) {
            throw failure;
        }
        return value;
    }
}
