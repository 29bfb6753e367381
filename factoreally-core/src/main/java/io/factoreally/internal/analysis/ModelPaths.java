package io.factoreally.internal.analysis;

import io.factoreally.internal.model.ModelShape;

/** Fast questions to a {@link ModelShape} during extraction. */
record ModelPaths(ModelShape shape, boolean declared) {
    /** {@code declared}: a model was given, so it decides the shape outside its open paths. */
    static ModelPaths of(ModelShape shape, boolean declared) {
        return new ModelPaths(shape, declared);
    }

    boolean dynamic(String path) {
        return declared && shape.dynamicMapPaths().contains(path);
    }

    /** Strings the model declares at {@code path} (enum constants), which the privacy rule need not withhold. */
    java.util.Set<String> publicValues(String path) {
        return declared ? shape.publicValues().getOrDefault(path, java.util.Set.of()) : java.util.Set.of();
    }

    boolean open(String path) {
        return declared && shape.openPaths().contains(path);
    }
}
