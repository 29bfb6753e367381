package io.factoreally;

import io.factoreally.internal.model.ModelResolver;
import java.nio.file.Path;
import java.util.List;

/**
 * Options for {@link SpecCreator}. Immutable: each setter-style method ({@code model(..)},
 * {@code minOccurrences(..)}, ...) returns a changed copy, so one default can be shared.
 *
 * @param model            a model class whose {@code Map} properties are dynamic maps, or null
 * @param minOccurrences   k of the privacy rule: a string is stored verbatim only if seen k times
 * @param threads          analysis threads (result identical for any number)
 * @param pythonCompatible write only hints and parameters the original Python factoreally reads
 * @param progress         receives progress while reading, or null
 * @param relations        learn relations between fields (the spec's {@code relations} section); on by
 *                         default, off to compare (Python-compatible output never has them)
 */
public record CreateOptions(Class<?> model, int minOccurrences, int threads, boolean pythonCompatible,
                            ProgressListener progress, boolean relations) {

    /** Options with relations on (the constructor before relations existed). */
    public CreateOptions(Class<?> model, int minOccurrences, int threads, boolean pythonCompatible,
                         ProgressListener progress) {
        this(model, minOccurrences, threads, pythonCompatible, progress, true);
    }

    /** Progress callbacks while analysing. */
    @FunctionalInterface
    public interface ProgressListener {
        /**
         * @param bytesRead bytes of input consumed so far (-1 when unknown)
         * @param records   records analysed so far
         */
        void onProgress(long bytesRead, long records);
    }

    /** Defaults: no model, k = 5, all cores, our format, no progress. */
    public static CreateOptions defaults() {
        return new CreateOptions(null, 5, Runtime.getRuntime().availableProcessors(), false, null);
    }

    public CreateOptions model(Class<?> model) {
        return new CreateOptions(model, minOccurrences, threads, pythonCompatible, progress, relations);
    }

    /**
     * A copy with the model class called {@code name}, found on the current classpath or on
     * {@code classpath} (directories and jars), as the CLI's {@code --model} and {@code --classpath} do.
     * The name may be fully qualified or simple ({@code EcommerceEvent}) when that is unambiguous.
     *
     * @throws FactoreallyException when the class is not found (the message lists the closest names),
     *                              the simple name matches several classes (listed), or it cannot be loaded
     */
    public CreateOptions modelName(String name, List<Path> classpath) {
        return model(ModelResolver.resolve(name, List.copyOf(classpath)));
    }

    public CreateOptions minOccurrences(int k) {
        return new CreateOptions(model, k, threads, pythonCompatible, progress, relations);
    }

    public CreateOptions threads(int n) {
        return new CreateOptions(model, minOccurrences, n, pythonCompatible, progress, relations);
    }

    public CreateOptions pythonCompatible(boolean on) {
        return new CreateOptions(model, minOccurrences, threads, on, progress, relations);
    }

    public CreateOptions progress(ProgressListener listener) {
        return new CreateOptions(model, minOccurrences, threads, pythonCompatible, listener, relations);
    }

    /** A copy that learns relations between fields ({@code true}, the default) or not. */
    public CreateOptions relations(boolean on) {
        return new CreateOptions(model, minOccurrences, threads, pythonCompatible, progress, on);
    }
}
