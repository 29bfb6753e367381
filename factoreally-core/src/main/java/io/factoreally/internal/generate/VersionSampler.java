package io.factoreally.internal.generate;

import io.factoreally.internal.spec.VersionHint;

import java.util.List;

/**
 * VERSION, as the original: ranges learned from {@code examples} (major [min, max+1], minor
 * [min, max+5], patch [min, max+10]; examples with fewer than 2 parts skipped, patch defaults to 0,
 * any non-integer part means defaults), else major 1-5, minor 0-20, patch 0-50. Major is never 0.
 * {@code Version_Short} writes {@code M.m}, else {@code M.m.p}.
 */
final class VersionSampler implements ValueSampler {
    private final boolean shortForm;
    private final long majorLo;
    private final long majorHi;
    private final long minorLo;
    private final long minorHi;
    private final long patchLo;
    private final long patchHi;

    VersionSampler(VersionHint hint) {
        this.shortForm = VersionHint.SHORT.equals(hint.patternType());
        if (hint.parts() != null) { // ours: each part's observed range, exactly
            List<VersionHint.Part> p = hint.parts();
            majorLo = p.get(0).min();
            majorHi = p.get(0).max();
            minorLo = p.get(1).min();
            minorHi = p.get(1).max();
            patchLo = shortForm ? 0 : p.get(2).min();
            patchHi = shortForm ? 0 : p.get(2).max();
            return;
        }
        long[][] r = learn(hint.examples());
        long[] major = r == null ? new long[] {1, 5} : new long[] {r[0][0], r[0][1] + 1};
        long[] minor = r == null ? new long[] {0, 20} : new long[] {r[1][0], r[1][1] + 5};
        long[] patch = r == null ? new long[] {0, 50} : new long[] {r[2][0], r[2][1] + 10};
        this.majorLo = Math.max(1, major[0]);
        this.majorHi = Math.max(Math.max(major[1], major[0] + 1), majorLo);
        this.minorLo = minor[0];
        this.minorHi = Math.max(minor[1], minor[0] + 1);
        this.patchLo = patch[0];
        this.patchHi = Math.max(patch[1], patch[0] + 1);
    }

    /** Per part {min, max} over the usable examples, or null for the defaults. */
    private static long[][] learn(List<String> examples) {
        if (examples == null) {
            return null;
        }
        long[][] r = null;
        for (String e : examples) {
            String[] parts = e.split("\\.", -1);
            if (parts.length < 2) {
                continue;
            }
            long[] v = new long[3];
            try {
                for (int i = 0; i < 3; i++) {
                    v[i] = i < parts.length ? Long.parseLong(parts[i].strip()) : 0;
                }
            } catch (NumberFormatException ex) {
                return null;
            }
            if (r == null) {
                r = new long[][] {{v[0], v[0]}, {v[1], v[1]}, {v[2], v[2]}};
            } else {
                for (int i = 0; i < 3; i++) {
                    r[i][0] = Math.min(r[i][0], v[i]);
                    r[i][1] = Math.max(r[i][1], v[i]);
                }
            }
        }
        return r;
    }

    @Override
    public Object sample(Rng rng) {
        return render(rng.nextLong(majorLo, majorHi), rng.nextLong(minorLo, minorHi), rng.nextLong(patchLo, patchHi));
    }

    /** The lowest ({@code false}) or highest ({@code true}) version this hint generates. */
    String extreme(boolean highest) {
        return highest ? render(majorHi, minorHi, patchHi) : render(majorLo, minorLo, patchLo);
    }

    private String render(long major, long minor, long patch) {
        return shortForm ? major + "." + minor : major + "." + minor + "." + patch;
    }
}
