package io.factoreally.internal.generate;

/**
 * A small, fast, fully specified random source (SplitMix64). Defined here rather than borrowed from
 * the JDK so that a seed gives the same values on every JDK version and vendor.
 *
 * <p>Not thread-safe: each record, field and element gets its own instance, derived from its
 * parent's seed and a stable key, so values never depend on generation order or on threads.
 */
public final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    public Rng(long seed) {
        this.state = seed;
    }

    /** The stateless mix of SplitMix64: a good 64-bit hash of {@code z}. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A seed for child {@code key} of a parent seed (record index, element index, path hash). */
    public static long derive(long parentSeed, long key) {
        return mix(parentSeed + GOLDEN * (key + 1)) ^ mix(key ^ 0x632BE59BD9B4E019L);
    }

    /** A stable 64-bit hash of a string (FNV-1a over UTF-16 units, then mixed). */
    public static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    public long nextLong() {
        return mix(state += GOLDEN);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), bound > 0, without modulo bias. */
    public int nextInt(int bound) {
        return (int) nextLong(bound);
    }

    /** Uniform in [0, bound), bound > 0, without modulo bias. */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long m = bound - 1;
        long r = nextLong();
        if ((bound & m) == 0) {
            return r & m;
        }
        long u = r >>> 1;
        while (u + m - (r = u % bound) < 0) {
            u = nextLong() >>> 1;
        }
        return r;
    }

    /** Uniform in [lo, hi] inclusive. */
    public long nextLong(long lo, long hi) {
        if (lo == hi) {
            return lo;
        }
        long span = hi - lo + 1;
        if (span <= 0) { // range wider than Long.MAX_VALUE
            long r;
            do {
                r = nextLong();
            } while (r < lo || r > hi);
            return r;
        }
        return lo + nextLong(span);
    }

    /** Standard normal (Marsaglia polar method; deterministic, no cached spare). */
    public double nextGaussian() {
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
