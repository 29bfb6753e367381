package io.factoreally.internal.generate;

import io.factoreally.internal.spec.UuidHint;

import java.util.Locale;

/**
 * Generates UUIDs of one version with RFC 4122 variant bits. Versions 1 and 7 carry a random
 * timestamp between 2020-01-01 and 2030-01-01 (UTC), so that they sort and decode plausibly.
 */
public final class UuidSampler implements ValueSampler {
    private static final long FROM_MS = 1_577_836_800_000L; // 2020-01-01
    private static final long TO_MS = 1_893_456_000_000L;   // 2030-01-01
    /** 100-ns intervals between 1582-10-15 (the v1 epoch) and 1970-01-01. */
    private static final long GREGORIAN_OFFSET = 0x01B21DD213814000L;

    private final int version;
    private final boolean upper;

    public UuidSampler(UuidHint hint) {
        this.version = hint.version();
        this.upper = hint.upper();
    }

    @Override
    public Object sample(Rng rng) {
        long hi = rng.nextLong();
        long lo = rng.nextLong();
        if (version == 7) {
            long ms = rng.nextLong(FROM_MS, TO_MS - 1);
            hi = (ms << 16) | (hi & 0x0FFFL) | 0x7000L;
        } else if (version == 1) {
            long t = rng.nextLong(FROM_MS, TO_MS - 1) * 10_000L + GREGORIAN_OFFSET + rng.nextLong(10_000L);
            long timeLow = t & 0xFFFFFFFFL;
            long timeMid = (t >>> 32) & 0xFFFFL;
            long timeHi = (t >>> 48) & 0x0FFFL;
            hi = (timeLow << 32) | (timeMid << 16) | 0x1000L | timeHi;
        } else {
            hi = (hi & ~0xF000L) | 0x4000L;
        }
        lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        String s = new java.util.UUID(hi, lo).toString();
        return upper ? s.toUpperCase(Locale.ROOT) : s;
    }
}
