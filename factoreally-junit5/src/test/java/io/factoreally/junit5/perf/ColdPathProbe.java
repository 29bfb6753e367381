package io.factoreally.junit5.perf;

import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.junit5.model.User;

import java.lang.management.ManagementFactory;

/**
 * Where the cold path spends its time, without JUnit: one fresh JVM reads the spec, compiles the
 * factory, builds the first map and binds the first object, printing each step's wall time. Not part of
 * the build; run like {@link InjectionBenchmark} with main class {@code io.factoreally.junit5.perf.ColdPathProbe}.
 */
public final class ColdPathProbe {
    private ColdPathProbe() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        long startMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        FactorySpec spec = FactorySpec.fromResource("user.spec.json");
        long t1 = System.nanoTime();
        Factory factory = Factory.of(spec).seed(1);
        long t2 = System.nanoTime();
        Object map = factory.build();
        long t3 = System.nanoTime();
        User user = factory.build(User.class);
        long t4 = System.nanoTime();
        System.out.printf("total %.1f ms; main at %d ms; spec %.1f ms, compile %.1f ms, first map %.1f ms, first bind %.1f ms (%d)%n",
                (t4 - t0) / 1e6, startMs, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, map.hashCode() ^ user.hashCode());
    }
}
