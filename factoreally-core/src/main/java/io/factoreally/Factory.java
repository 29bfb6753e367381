package io.factoreally;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.internal.bind.Binder;
import io.factoreally.internal.bind.EdgeCaseBinder;
import io.factoreally.internal.generate.EdgePlan;
import io.factoreally.internal.generate.EdgeRecord;
import io.factoreally.internal.generate.Generator;
import io.factoreally.internal.generate.Rng;
import io.factoreally.internal.override.CompiledOverrides;
import io.factoreally.internal.relations.CompiledRelations;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Builds realistic records from a {@link FactorySpec}.
 *
 * <p>A factory is an immutable configuration (spec compiled once, seed, overrides) plus a cursor: the
 * i-th record it hands out is {@link #recordAt(long) record i} of its seed, whether it comes from
 * {@link #build()}, {@link #build(int)}, {@link #stream()} or {@link #iterator()}. Record i depends
 * only on (spec, seed, overrides, i): the same on every run, machine and thread, and overriding one
 * field never changes another. Thread-safe; one factory may serve many threads.
 *
 * <p>Records are fresh mutable {@code LinkedHashMap}s with keys in spec order; values are
 * {@code String}, {@code Boolean}, {@code Long} (or {@code BigInteger}), {@code Double} (or
 * {@code BigDecimal}), {@code null}, {@code List} and {@code Map}. A spec without fields builds
 * {@code null}; a spec whose only root is the path {@code ""} builds a bare value, read with
 * {@link #buildValue()}, {@link #buildJson()} or {@link #build(Class)}.
 *
 * <p>Copies made by {@code with(...)} share their origin's cursor, so alternating between a factory
 * and its copies never repeats a record index; {@link #seed(long)} starts a new sequence at 0.
 * Overrides are described in {@link Overrides}; an override path that names no spec field fails
 * when it is added, naming the closest known paths.
 */
public final class Factory {
    /** Salts that separate the edge-case records' and the mixing decision's random sources from record i's. */
    private static final long EDGE_SALT = 0x65646765L;
    private static final long MIX_SALT = 0x6D6978L;

    private final FactorySpec spec;
    private final Generator generator;
    private final long seed;
    private final Overrides overrides;
    private final CompiledOverrides compiled;
    private final AtomicLong cursor;
    /** Share of records that are edge cases (0: none) and the plan they come from (null when 0). */
    private final double edgeRate;
    private final EdgePlan mixPlan;
    /** The spec's relations between fields, compiled once (applied to realistic records, not to edge cases). */
    private final CompiledRelations relations;

    private Factory(FactorySpec spec, Generator generator, long seed, Overrides overrides, CompiledOverrides compiled,
                    AtomicLong cursor, double edgeRate, CompiledRelations relations) {
        this.relations = relations;
        this.spec = spec;
        this.generator = generator;
        this.seed = seed;
        this.overrides = overrides;
        this.compiled = compiled;
        this.cursor = cursor;
        this.edgeRate = edgeRate;
        this.mixPlan = edgeRate > 0 ? plan(generator, compiled) : null;
    }

    /** A factory for a spec, with a random seed (readable back with {@link #seed()}). */
    public static Factory of(FactorySpec spec) {
        Generator generator = Generator.compile(spec.fields());
        return new Factory(spec, generator, ThreadLocalRandom.current().nextLong(),
                Overrides.none(), CompiledOverrides.none(), new AtomicLong(), 0, CompiledRelations.of(spec, generator.root()));
    }

    /** A factory for a spec file. */
    public static Factory of(Path specFile) {
        return of(FactorySpec.read(specFile));
    }

    /**
     * A factory for a spec file path if that file exists, else for a classpath resource of that name
     * (context class loader first).
     *
     * @throws FactoreallyException when it is neither, naming both places looked at
     */
    public static Factory of(String specFileOrResource) {
        Path p = null;
        try {
            p = Path.of(specFileOrResource);
            if (Files.isRegularFile(p)) {
                return of(p);
            }
        } catch (InvalidPathException e) {
            // not a file name on this system: try the classpath
        }
        String resource = specFileOrResource.startsWith("/") ? specFileOrResource.substring(1) : specFileOrResource;
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = Factory.class.getClassLoader();
        }
        if (cl.getResource(resource) == null) {
            throw new FactoreallyException("spec not found: \"" + specFileOrResource + "\" is neither a file"
                    + (p == null ? "" : " (" + p.toAbsolutePath() + ")") + " nor a classpath resource");
        }
        return of(FactorySpec.fromResource(resource, cl));
    }

    /** A copy with this seed, starting again at record 0. */
    public Factory seed(long seed) {
        return new Factory(spec, generator, seed, overrides, compiled, new AtomicLong(), edgeRate, relations);
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The spec. */
    public FactorySpec spec() {
        return spec;
    }

    /** The factory-level overrides, in application order. */
    public Overrides overrides() {
        return overrides;
    }

    /**
     * A copy that overrides {@code path} with a static value ({@code null} included: write
     * {@code (Object) null}). {@code List} and {@code Map} values are copied for each record.
     *
     * @throws FactoreallyException when the path names no field of the spec
     */
    public Factory with(String path, Object value) {
        return with(Overrides.of(path, value));
    }

    /** A copy that overrides {@code path} with a value computed for each record (and each element). */
    public Factory with(String path, Supplier<?> supplier) {
        return with(Overrides.of(path, supplier));
    }

    /** A copy that overrides {@code path} with a function of the generated value ({@code null} when absent). */
    public <T> Factory with(String path, Overrides.ValueFunction<T> function) {
        return with(Overrides.of(path, function));
    }

    /** A copy that overrides {@code path} with a function of the generated value and the whole record. */
    public <T> Factory with(String path, Overrides.RecordFunction<T> function) {
        return with(Overrides.of(path, function));
    }

    /** A copy with these overrides added after the existing ones (a later override of a path wins). */
    public Factory with(Overrides more) {
        Overrides merged = overrides.and(more);
        return new Factory(spec, generator, seed, merged, compile(merged), cursor, edgeRate, relations);
    }

    private CompiledOverrides compile(Overrides o) {
        if (o.isEmpty()) {
            return CompiledOverrides.none();
        }
        if (!generator.objectRoot()) {
            throw new FactoreallyException("overrides " + o.paths() + ": this spec's records are not objects, "
                    + "so no field can be overridden");
        }
        return CompiledOverrides.compile(generator.root(), o.values());
    }

    /** The next record. */
    public Map<String, Object> build() {
        return asMap(make(cursor.getAndIncrement(), compiled));
    }

    /** The next record with per-build overrides applied after the factory's own (same path: these win). */
    public Map<String, Object> build(Overrides perBuild) {
        CompiledOverrides c = perBuild.isEmpty() ? compiled : compile(overrides.and(perBuild));
        return asMap(make(cursor.getAndIncrement(), c));
    }

    /** The next {@code n} records. */
    public List<Map<String, Object>> build(int n) {
        long start = reserve(n);
        List<Map<String, Object>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(asMap(make(start + i, compiled)));
        }
        return out;
    }

    /**
     * The next record bound to {@code type} through Jackson (records, POJOs, {@code java.time},
     * {@code Optional}, {@code UUID}, {@code BigDecimal}, enums). Properties the type does not declare
     * are ignored.
     *
     * @throws FactoreallyException naming the JSON field path, its value and the Java type when a value
     *                              does not fit
     */
    public <T> T build(Class<T> type) {
        return Binder.bind(make(cursor.getAndIncrement(), compiled), type);
    }

    /** The next {@code n} records bound to {@code type}. */
    public <T> List<T> build(int n, Class<T> type) {
        long start = reserve(n);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Binder.bind(make(start + i, compiled), type));
        }
        return out;
    }

    /** The next record as whatever the spec's root is: a map, a bare value, or null for an empty spec. */
    public Object buildValue() {
        return make(cursor.getAndIncrement(), compiled);
    }

    /** The next record as a Jackson tree. */
    public JsonNode buildJson() {
        return Binder.tree(make(cursor.getAndIncrement(), compiled));
    }

    /** Record {@code index} of this factory's seed, independent of the cursor. */
    public Map<String, Object> recordAt(long index) {
        return asMap(make(index, compiled));
    }

    /**
     * An endless, lazy stream of records starting at the cursor: element k is
     * {@code recordAt(start + k)}, also in a parallel stream. Each record produced moves the cursor
     * past it (in a parallel stream, records computed ahead of a {@code limit} move it too).
     */
    public Stream<Map<String, Object>> stream() {
        long start = cursor.get();
        return LongStream.range(start, Long.MAX_VALUE).mapToObj(i -> {
            cursor.accumulateAndGet(i + 1, Math::max);
            return recordAt(i);
        });
    }

    /** An endless, lazy stream of typed records (see {@link #stream()} and {@link #build(Class)}). */
    public <T> Stream<T> stream(Class<T> type) {
        long start = cursor.get();
        return LongStream.range(start, Long.MAX_VALUE).mapToObj(i -> {
            cursor.accumulateAndGet(i + 1, Math::max);
            return Binder.bind(make(i, compiled), type);
        });
    }

    /** An endless iterator of records; each {@code next()} is {@link #build()}. */
    public Iterator<Map<String, Object>> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return build();
            }
        };
    }

    private long reserve(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("count must not be negative: " + n);
        }
        return cursor.getAndAdd(n);
    }

    /**
     * The edge cases of this factory: a finite, deterministic list of records that together take every
     * boundary the spec implies for every field path, with the rest of each record realistic (drawn
     * from this factory's seed, independent of the cursor). The boundaries of a field: numeric min and
     * max (and 0 and -1 when the range spans them), null when nullable, absent when optional, empty (or
     * shortest) and longest arrays and maps, shortest and longest TEXT, DURATION and TEMPLATE values,
     * every value of a CHOICE of up to 16 values (of a larger one, a vocabulary such as names: the most
     * frequent, rarest, shortest and longest value), a value of a CHOICE's withheld share, earliest and
     * latest DATE / DATETIME, lowest and highest VERSION, every TEMPLATE alternative. Values of fixed
     * shape (UUID, MAC, ALPHA, CONST) have none. A dynamic map's keys take the boundaries of its key
     * hint (one key per record in that format, the others realistic).
     *
     * <p>How many: boundaries of different fields share records (record k takes the k-th value
     * boundary of every field; null / absent / empty go to the first record where no descendant
     * needs the container), so the list is about as long as the largest number of boundaries of a
     * single field, not their sum: a spec of numbers, dates and nullable fields gives 3-4 records, a
     * nullable CHOICE of 12 values 13. The field with most boundaries decides, usually a CHOICE (at
     * most 16 values, plus null, absent and its withheld share). The specs in {@code shared/specs}
     * give 4 to 13 records. Every boundary of an element path is taken by all elements of its array
     * in that record. A spec without boundaries gives one record, labelled {@code typical}.
     *
     * <p>Overrides still win: an overridden field (by name or for every element) is left out of the
     * plan, and the override is applied to every edge case as to any record.
     */
    public List<Map<String, Object>> edgeCases() {
        return edgeCaseList().stream().map(EdgeCase::record).toList();
    }

    /** The edge cases (see {@link #edgeCases()}) with the labels naming the boundaries each covers. */
    public List<EdgeCase<Map<String, Object>>> edgeCaseList() {
        List<EdgeRecord> plan = plan(generator, compiled).records();
        List<EdgeCase<Map<String, Object>>> out = new ArrayList<>(plan.size());
        for (int k = 0; k < plan.size(); k++) {
            out.add(new EdgeCase<>(asMap(makeEdge(edgeSeed(k), plan.get(k), compiled)), plan.get(k).label()));
        }
        return out;
    }

    /**
     * The edge cases bound to {@code type}. A record the model cannot hold (null for a primitive, a
     * value outside an enum) is skipped, and all skips are reported once, as one WARNING on the
     * {@code io.factoreally} logger, naming each skipped record's label and the reason.
     */
    public <T> List<T> edgeCases(Class<T> type) {
        return edgeCaseList(type).stream().map(EdgeCase::record).toList();
    }

    /** The edge cases bound to {@code type}, with labels (skips as in {@link #edgeCases(Class)}). */
    public <T> List<EdgeCase<T>> edgeCaseList(Class<T> type) {
        List<EdgeRecord> plan = plan(generator, compiled).records();
        List<EdgeCase<Object>> raw = new ArrayList<>(plan.size());
        for (int k = 0; k < plan.size(); k++) {
            raw.add(new EdgeCase<>(makeEdge(edgeSeed(k), plan.get(k), compiled), plan.get(k).label()));
        }
        EdgeCaseBinder.Result<T> r = EdgeCaseBinder.bind(raw, type);
        if (r.report() != null) {
            Log.LOGGER.log(System.Logger.Level.WARNING, r.report());
        }
        return r.cases();
    }

    /**
     * A copy in which a share {@code rate} (0 to 1) of the records are edge cases, for load and
     * fuzz-style tests: whether record i is one, and which, is decided from (seed, i) alone, so
     * {@code factory.withEdgeCases(0.05).stream()} is as deterministic as {@code stream()}. An edge
     * record at index i takes its plan record's boundaries with the rest drawn for index i. Rate 0
     * gives back a plain factory.
     */
    public Factory withEdgeCases(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("edge-case rate must be between 0 and 1: " + rate);
        }
        return new Factory(spec, generator, seed, overrides, compiled, cursor, rate, relations);
    }

    /** The share of records that are edge cases (see {@link #withEdgeCases(double)}). */
    public double edgeCaseRate() {
        return edgeRate;
    }

    private static EdgePlan plan(Generator generator, CompiledOverrides compiled) {
        return EdgePlan.of(generator.root(), compiled.replacedNodes());
    }

    private long edgeSeed(int k) {
        return Generator.recordSeed(Rng.derive(seed, EDGE_SALT), k);
    }

    @SuppressWarnings("unchecked")
    private Object makeEdge(long recordSeed, EdgeRecord edge, CompiledOverrides c) {
        Object record = generator.edgeRecord(recordSeed, edge);
        if (record instanceof Map<?, ?> m && !c.isEmpty()) {
            c.apply((Map<String, Object>) m, recordSeed);
        }
        return record;
    }

    @SuppressWarnings("unchecked")
    private Object make(long index, CompiledOverrides c) {
        if (mixPlan != null) {
            Rng mix = new Rng(Rng.derive(Rng.derive(seed, MIX_SALT), index));
            if (mix.nextDouble() < edgeRate) {
                List<EdgeRecord> plan = mixPlan.records();
                return makeEdge(Generator.recordSeed(seed, index), plan.get(mix.nextInt(plan.size())), c);
            }
        }
        Object record = generator.record(seed, index);
        if (record instanceof Map<?, ?> m && !(c.isEmpty() && relations.isEmpty())) {
            Map<String, Object> map = (Map<String, Object>) m;
            long recordSeed = Generator.recordSeed(seed, index);
            relations.apply(map, recordSeed, c.topLevel(), false);
            if (!c.isEmpty()) {
                c.apply(map, recordSeed);
                if (relations.involves(c.topLevel())) { // dependents follow overridden fields
                    relations.apply(map, recordSeed, c.topLevel(), true);
                }
            }
        }
        return record;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> asMap(Object record) {
        if (record == null || record instanceof Map<?, ?>) {
            return (Map<String, Object>) record;
        }
        throw new FactoreallyException("this spec's records are bare " + record.getClass().getSimpleName()
                + " values, not objects (its root path is \"\"): use buildValue(), buildJson() or build(Class)");
    }

    @Override
    public String toString() {
        return "Factory[seed=" + seed + ", " + spec.paths().size() + " fields, overrides=" + overrides.paths()
                + (edgeRate > 0 ? ", edge cases " + edgeRate : "") + "]";
    }

    /** The logger of skipped edge cases, created on first warning: a logging backend is no part of the first record's cost. */
    private static final class Log {
        static final System.Logger LOGGER = System.getLogger("io.factoreally");
    }
}
