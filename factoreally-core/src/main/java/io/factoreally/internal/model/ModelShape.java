package io.factoreally.internal.model;

import java.util.Map;
import java.util.Set;

/**
 * What a model class says about the JSON shape, in spec field-path syntax
 * ({@code currencies}, {@code name.native}, {@code items[].attrs}, {@code product_metrics.{}.tags}).
 *
 * @param dynamicMapPaths paths of objects whose keys vary per record ({@code Map} properties)
 * @param openPaths       paths typed {@code Object}, {@code JsonNode} or {@code Map<String, Object>}, beans
 *                        with an {@code @JsonAnySetter} besides their properties, and the points where a
 *                        recursive model was cut off ({@code ""} when the root itself is a map or open):
 *                        their shape is learned from data only
 * @param publicValues    strings the model itself declares, as Jackson writes them (enum constants): the
 *                        values at a path, or the keys of the dynamic map at a path. They are public
 *                        knowledge, so the privacy rule does not withhold them, and a field typed with an
 *                        enum keeps to its constants instead of a learned string format
 */
public record ModelShape(Set<String> dynamicMapPaths, Set<String> openPaths, Map<String, Set<String>> publicValues) {
    public ModelShape {
        dynamicMapPaths = Set.copyOf(dynamicMapPaths);
        openPaths = Set.copyOf(openPaths);
        publicValues = Map.copyOf(publicValues);
    }

    /** A shape without declared values. */
    public ModelShape(Set<String> dynamicMapPaths, Set<String> openPaths) {
        this(dynamicMapPaths, openPaths, Map.of());
    }

    /** No model: nothing declared. */
    public static ModelShape none() {
        return new ModelShape(Set.of(), Set.of());
    }
}
