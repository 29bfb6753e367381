/**
 * JUnit Jupiter extension: realistic, reproducible test data from Factoreally specs.
 *
 * <pre>{@code
 * @RealisticSpec("user.spec.json")                       // class-level default spec (optional)
 * class UserServiceTest {
 *   @Realistic User reviewer;                            // field, injected per test instance
 *   @Test void admin(@Realistic(overrides = "role=admin") User user) { ... }
 *   @Test void many(@RealisticBatch(size = 100) List<User> users) { ... }
 *   @ParameterizedTest @RealisticSource(count = 20) void each(User user) { ... }
 *   @Test void bounds(@RealisticBatch(edgeCases = true) List<User> users) { ... }  // the spec's edge cases
 *   @ParameterizedTest @RealisticEdgeCases void edge(User user) { ... }   // one per edge case: "[2] age=max, nickname=null"
 * }
 * }</pre>
 *
 * <h2>Which spec</h2>
 * The annotation's {@code spec}, else the nearest {@link io.factoreally.junit5.RealisticSpec} (test class,
 * superclasses, enclosing classes), else by convention from the model type ({@code OrderLine} ->
 * {@code order-line.spec.json}, {@code order_line.spec.json}, {@code orderline.spec.json},
 * {@code OrderLine.spec.json}). Each name is looked up as a classpath resource first, then as a file
 * relative to the working directory. Specs are parsed and compiled once per run.
 *
 * <h2>Seeds</h2>
 * A test's seed is {@code @Seed(n)} on the method or its class when present, else derived from the run
 * seed and the test's unique id (so other tests, order and threads change nothing). The run seed is the
 * configuration parameter {@code factoreally.seed} (system property or
 * {@code junit-platform.properties}), else random. Each injection point derives its own seed from the
 * test's seed: test method parameters by position, constructor and lifecycle-method parameters by
 * signature and position, fields by declaring class and name, {@code @RealisticSource} and {@code @RealisticEdgeCases} by themselves
 * (edge cases: the boundaries are fixed, the seed decides the realistic rest of each record); an injected
 * {@link io.factoreally.Factory} gets the test's seed itself. A failing test publishes report entries
 * {@code factoreally.seed} and {@code factoreally.replay} and logs the replay line (logger
 * {@code io.factoreally.junit5}, level WARNING).
 *
 * <h2>Warm-up</h2>
 * When a JUnit Platform launcher session opens (before test discovery), a daemon thread reads, compiles
 * and binds a small built-in spec, so the classes the first injection needs (Jackson, the spec reader,
 * the generator) are loaded while the platform discovers tests instead of after. It changes no data and
 * never fails a run; the system property {@code -Dfactoreally.warmup=false} turns it off (for a suite
 * that has the extension on its class path but rarely uses it).
 */
package io.factoreally.junit5;
