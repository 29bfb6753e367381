package io.factoreally.internal.spec;

/**
 * Implemented by every hint type that the original Python factoreally does not know: says which of
 * the original's hints stands in for it in {@code --python-compatible} output (the nearest one that
 * generates values of a similar shape). One method per new hint type is the whole hook.
 */
public interface PythonFallback {
    /** The original's hint to write instead, or {@code null} to leave the value hint out. */
    ValueHint pythonFallback();
}
