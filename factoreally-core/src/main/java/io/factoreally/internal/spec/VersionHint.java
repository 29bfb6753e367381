package io.factoreally.internal.spec;

import java.util.List;

/**
 * A dotted version number.
 *
 * @param patternType {@code "Version"} (M.m.p) or {@code "Version_Short"} (M.m)
 * @param examples    observed versions that the ranges are learned from, or {@code null}
 */
public record VersionHint(String patternType, List<String> examples) implements ValueHint {
    public static final String TYPE = "VERSION";
    public static final String FULL = "Version";
    public static final String SHORT = "Version_Short";

    public VersionHint {
        examples = examples == null ? null : List.copyOf(examples);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
