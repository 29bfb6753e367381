package io.factoreally.internal.spec;

import java.util.List;

/**
 * A dotted version number.
 *
 * @param patternType {@code "Version"} (M.m.p) or {@code "Version_Short"} (M.m)
 * @param examples    observed versions that the original learns its ranges from, or {@code null}
 * @param parts       ours: each part's observed range, major first (3 for {@code Version}, 2 for
 *                    {@code Version_Short}), generated exactly instead of the original's ranges widened
 *                    from the examples; {@code null} in the original's specs
 */
public record VersionHint(String patternType, List<String> examples, List<Part> parts) implements ValueHint {
    public static final String TYPE = "VERSION";
    public static final String FULL = "Version";
    public static final String SHORT = "Version_Short";

    /** The range of one part of the version, both ends included. */
    public record Part(long min, long max) {
        public Part {
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("a version part's range must be 0 <= min <= max, got [" + min
                        + ", " + max + "]");
            }
        }
    }

    public VersionHint {
        examples = examples == null ? null : List.copyOf(examples);
        parts = parts == null ? null : List.copyOf(parts);
        if (parts != null && parts.size() != (SHORT.equals(patternType) ? 2 : 3)) {
            throw new IllegalArgumentException(patternType + " has " + (SHORT.equals(patternType) ? 2 : 3)
                    + " parts, got ranges for " + parts.size());
        }
    }

    /** The original's form: no part ranges. */
    public VersionHint(String patternType, List<String> examples) {
        this(patternType, examples, null);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
