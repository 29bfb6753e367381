package io.factoreally.internal.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of the compiled generator tree: a spec path with its presence rates and the way its value
 * is made. Immutable, so one tree serves every thread.
 *
 * <p>A node's random source is derived from its context seed (the record seed, or an element's or
 * map value's seed) and the hash of its spec path, so no two fields share randomness and overriding
 * or removing one field never shifts another's values. The node first rolls MISSING (conditional on
 * its parent being present and not null, which is why it is only asked then), then NULL (conditional
 * on presence), then makes the value (spec-format.md Part A rows 1-3), whatever the hint order.
 */
public abstract sealed class GenNode permits ObjectGen, ArrayGen, MapGen, LeafGen {
    /** Returned by {@link #generate} when the field is left out. */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "<absent>";
        }
    };

    private final String path;
    private final long pathHash;
    private final double missingPct;
    private final double nullPct;
    private final List<Boundary> boundaries;

    GenNode(String path, double missingPct, double nullPct, List<Boundary> valueBoundaries) {
        this.path = path;
        this.pathHash = Rng.hash(path);
        this.missingPct = missingPct;
        this.nullPct = nullPct;
        List<Boundary> all = new ArrayList<>(valueBoundaries);
        if (nullPct > 0) {
            all.add(new Boundary.Null());
        }
        if (missingPct > 0) {
            all.add(new Boundary.Absent());
        }
        this.boundaries = List.copyOf(all);
    }

    /**
     * This field's own boundaries (value boundaries or sizes, then null when nullable, then absent
     * when optional), in the order edge-case records take them.
     */
    public final List<Boundary> boundaries() {
        return boundaries;
    }

    /** The spec path. */
    public final String path() {
        return path;
    }

    /** This node's seed in a context. */
    public final long seed(long contextSeed) {
        return Rng.derive(contextSeed, pathHash);
    }

    /** The field's value in a context: {@link #ABSENT}, {@code null} or a value. */
    public final Object generate(long contextSeed) {
        return generate(contextSeed, null);
    }

    /**
     * The field's value in a context when it is present and not null: the value {@link #generate}
     * gives whenever it rolls present and non-null (relations use it to make a field appear).
     */
    public final Object generateValue(long contextSeed) {
        long seed = seed(contextSeed);
        Rng rng = new Rng(seed);
        if (missingPct > 0) {
            rng.nextDouble();
        }
        if (nullPct > 0) {
            rng.nextDouble();
        }
        return value(contextSeed, seed, rng, null, null);
    }

    /** The MISSING percentage (of records where the parent is present). */
    public final double missingPct() {
        return missingPct;
    }

    /** The NULL percentage (of records where the field is present). */
    public final double nullPct() {
        return nullPct;
    }

    /**
     * The field's value in a context, taking the boundary that {@code edge} assigns to this node (if
     * any) and staying present when {@code edge} needs it for a descendant's boundary; {@code null}
     * edge: realistic generation.
     */
    public final Object generate(long contextSeed, EdgeRecord edge) {
        long seed = seed(contextSeed);
        Rng rng = new Rng(seed);
        Boundary b = edge == null ? null : edge.boundary(this);
        if (b instanceof Boundary.Absent) {
            return ABSENT;
        }
        if (b instanceof Boundary.Null) {
            return null;
        }
        boolean forced = b != null || (edge != null && edge.needs(this));
        if (missingPct > 0 && rng.nextDouble() * 100 < missingPct && !forced) {
            return ABSENT;
        }
        if (nullPct > 0 && rng.nextDouble() * 100 < nullPct && !forced) {
            return null;
        }
        return value(contextSeed, seed, rng, edge, b);
    }

    /**
     * Makes the value once presence and null are decided; {@code boundary} is this node's value or
     * size boundary in an edge-case record, else null.
     */
    abstract Object value(long contextSeed, long seed, Rng rng, EdgeRecord edge, Boundary boundary);

    /** The size to build: the boundary's, else the drawn one, at least 1 when a descendant needs an entry. */
    static long size(long drawn, Boundary boundary, EdgeRecord edge, GenNode node) {
        long n = boundary instanceof Boundary.Size s ? s.size() : drawn;
        return n == 0 && edge != null && edge.needs(node) ? 1 : n;
    }

    static long count(Object n) {
        if (n instanceof Long l) {
            return Math.max(0, l);
        }
        if (n instanceof Number num) {
            double d = Math.rint(num.doubleValue());
            return d > 0 ? (long) d : 0;
        }
        return 0;
    }
}
