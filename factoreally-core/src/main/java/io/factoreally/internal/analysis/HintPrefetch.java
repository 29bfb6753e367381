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
 * same as choosing them one by one. The choices are taken longest first ({@link #cost}: a few number
 * fits cost more than all other paths together) by the helpers and by the assembling thread, which
 * works through the list before it walks, so the threads finish together instead of one waiting for
 * the last long fit. With one thread, hints are chosen when asked.
 */
final class HintPrefetch implements AutoCloseable {
    private final HintSelector selector;
    private final ModelPaths model;
    private final ExecutorService pool;
    private final Map<PathNode, FutureTask<HintSelector.Selection>> chosen = new IdentityHashMap<>();

    private HintPrefetch(HintSelector selector, ModelPaths model, ExecutorService pool) {
        this.selector = selector;
        this.model = model;
        this.pool = pool;
    }

    /**
     * Starts choosing the hints of every scalar path under {@code root} (dynamic maps already decided)
     * on {@code threads - 1} helpers and this thread, longest first; returns when every choice has been
     * started.
     */
    static HintPrefetch start(PathNode root, HintSelector selector, ModelPaths model, int threads) {
        if (threads <= 1) {
            return new HintPrefetch(selector, model, null);
        }
        HintPrefetch p = new HintPrefetch(selector, model, Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "factoreally-assemble");
            t.setDaemon(true);
            return t;
        }));
        java.util.List<PathNode> paths = new java.util.ArrayList<>();
        p.collect(root, paths);
        paths.sort(java.util.Comparator.comparingLong(HintPrefetch::cost).reversed()); // stable: ties in walk order
        java.util.List<FutureTask<HintSelector.Selection>> tasks = new java.util.ArrayList<>();
        for (PathNode n : paths) {
            FutureTask<HintSelector.Selection> task = new FutureTask<>(() -> selector.values(n, model.publicValues(n.path)));
            p.chosen.put(n, task);
            tasks.add(task);
            p.pool.execute(task);
        }
        for (FutureTask<HintSelector.Selection> task : tasks) {
            task.run(); // does nothing when a helper has started it
        }
        return p;
    }

    /** The paths {@link SpecAssembler} describes, in its walking order. */
    private void collect(PathNode n, java.util.List<PathNode> into) {
        if (SpecAssembler.scalar(n)) {
            into.add(n);
            return;
        }
        SpecAssembler.described(n).forEach(m -> collect(m, into));
    }

    /**
     * A rough measure of the work of choosing a path's hints, to take the long ones first: fitting
     * distributions to the numbers sample (three more candidates, each a search, when all numbers are
     * positive), and learning formats from the distinct strings held.
     */
    static long cost(PathNode n) {
        long c = n.values.size();
        if (n.numbers.count > 0) {
            long sample = Math.min(n.numbers.count, NumericStats.SAMPLE_SIZE);
            boolean positive = n.numbers.min != null && n.numbers.min.doubleValue() > 0;
            c += sample * (positive ? 8 : 2);
        }
        return c;
    }

    /** The value hints of scalar path {@code n}. */
    HintSelector.Selection values(PathNode n) {
        FutureTask<HintSelector.Selection> f = chosen.get(n);
        if (f == null) {
            return selector.values(n, model.publicValues(n.path));
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
