package io.factoreally.internal.analysis;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;

/**
 * Chooses the value hints of scalar paths on several threads while {@link SpecAssembler} walks the
 * tree: number fits and format learning are the costly part of assembling, one path's choice does not
 * depend on another's, and each is a function of that path's statistics alone, so the spec is the
 * same as choosing them one by one. The assembling thread takes part: a path whose choice no helper
 * has started yet is chosen by the thread that asks for it, and while a helper chooses the one it asks
 * for, it chooses others no helper has started, from the last (helpers take them from the first).
 * With one thread, hints are chosen when asked.
 */
final class HintPrefetch implements AutoCloseable {
    private final HintSelector selector;
    private final ModelPaths model;
    private final ExecutorService pool;
    private final Map<PathNode, FutureTask<HintSelector.Selection>> chosen = new IdentityHashMap<>();
    /** The tasks in the order helpers take them. */
    private final java.util.List<FutureTask<HintSelector.Selection>> tasks = new java.util.ArrayList<>();

    private HintPrefetch(HintSelector selector, ModelPaths model, ExecutorService pool) {
        this.selector = selector;
        this.model = model;
        this.pool = pool;
    }

    /** Starts choosing the hints of every scalar path under {@code root} (dynamic maps already decided). */
    static HintPrefetch start(PathNode root, HintSelector selector, ModelPaths model, int threads) {
        if (threads <= 1) {
            return new HintPrefetch(selector, model, null);
        }
        HintPrefetch p = new HintPrefetch(selector, model, Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "factoreally-assemble");
            t.setDaemon(true);
            return t;
        }));
        p.submit(root);
        return p;
    }

    /** Visits the paths {@link SpecAssembler} describes, as it does. */
    private void submit(PathNode n) {
        if (SpecAssembler.scalar(n)) {
            FutureTask<HintSelector.Selection> task = new FutureTask<>(() -> selector.values(n, model.publicValues(n.path)));
            chosen.put(n, task);
            tasks.add(task);
            pool.execute(task);
            return;
        }
        SpecAssembler.described(n).forEach(this::submit);
    }

    /** The value hints of scalar path {@code n}. */
    HintSelector.Selection values(PathNode n) {
        FutureTask<HintSelector.Selection> f = chosen.get(n);
        if (f == null) {
            return selector.values(n, model.publicValues(n.path));
        }
        f.run(); // does nothing when a helper has started it
        for (int i = tasks.size() - 1; i >= 0 && !f.isDone(); i--) {
            FutureTask<HintSelector.Selection> other = tasks.get(i);
            if (!other.isDone()) {
                other.run(); // does nothing when started: choose what no helper has taken yet
            }
        }
        return TaskResult.of(f);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
