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

    boolean open(String path) {
        return declared && shape.openPaths().contains(path);
    }
}
