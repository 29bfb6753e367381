package io.factoreally.benchmarks;

import io.factoreally.Factory;
import org.instancio.Instancio;
import org.instancio.Model;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Records per second: Factoreally {@code build()} (Map) and {@code build(User.class)} on the shared
 * users spec, {@code build()} on the GitHub webhooks spec, and {@code Instancio.create(User.class)}
 * as the baseline, all in one run. The specs directory is {@code -Dfactoreally.specs=DIR}, default
 * {@code ../shared/specs} (relative to the repository root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GenerationBenchmark {
    private Factory users;
    private Factory webhooks;
    private Model<User> instancioModel;

    @Setup
    public void setup() {
        Path dir = Path.of(System.getProperty("factoreally.specs", "../shared/specs"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("specs directory not found: " + dir.toAbsolutePath()
                    + " (set -Dfactoreally.specs=DIR)");
        }
        users = Factory.of(dir.resolve("users.spec.json")).seed(1);
        webhooks = Factory.of(dir.resolve("github-webhooks.spec.json")).seed(1);
        instancioModel = Instancio.of(User.class).toModel();
    }

    @Benchmark
    public Map<String, Object> usersMap() {
        return users.build();
    }

    @Benchmark
    public User usersTyped() {
        return users.build(User.class);
    }

    @Benchmark
    public Map<String, Object> webhooksMap() {
        return webhooks.build();
    }

    @Benchmark
    public User instancioUser() {
        return Instancio.create(User.class);
    }

    /** Instancio's fastest documented path: a model built once, reused. */
    @Benchmark
    public User instancioUserModel() {
        return Instancio.create(instancioModel);
    }
}
