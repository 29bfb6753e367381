package io.factoreally.internal.analysis;

import io.factoreally.FactoreallyException;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waits for a task that analysis runs on another thread: its result, or what it threw, as if it had run
 * on the waiting thread (unchecked exceptions and errors as they are); an interrupt ends the analysis.
 */
public final class TaskResult {
    private TaskResult() {
    }

    /** The task's result, once it is done. */
    public static <T> T of(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FactoreallyException("analysis interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
