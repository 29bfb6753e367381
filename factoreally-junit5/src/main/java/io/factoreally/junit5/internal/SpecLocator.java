package io.factoreally.junit5.internal;

import io.factoreally.FactorySpec;

import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Finds a spec by name: for each candidate name in order, a classpath resource first, then a file
 * relative to the working directory (or absolute). The first one that exists wins.
 */
final class SpecLocator {
    private final ClassLoader loader;
    private final Runnable onParse;

    /**
     * @param loader  the class loader for resources
     * @param onParse called once per spec actually parsed (the cache's counting hook)
     */
    SpecLocator(ClassLoader loader, Runnable onParse) {
        this.loader = loader;
        this.onParse = onParse;
    }

    LoadedSpec locate(List<String> candidates) {
        List<String> places = new ArrayList<>();
        for (String name : candidates) {
            String resource = name.startsWith("/") ? name.substring(1) : name;
            URL url = resource.isEmpty() ? null : loader.getResource(resource);
            if (url != null) {
                return parse("classpath:" + resource, () -> FactorySpec.fromResource(resource, loader));
            }
            places.add("classpath resource '" + resource + "'");
            Path file;
            try {
                file = Path.of(name).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                continue;
            }
            if (Files.isRegularFile(file)) {
                return parse(file.toString(), () -> FactorySpec.read(file));
            }
            places.add("file '" + file + "'");
        }
        return new LoadedSpec.NotFound(List.copyOf(places));
    }

    private LoadedSpec parse(String location, Supplier<FactorySpec> reader) {
        onParse.run();
        try {
            return new LoadedSpec.Found(reader.get(), location);
        } catch (RuntimeException e) {
            if (e instanceof UncheckedIOException || e instanceof io.factoreally.FactoreallyException) {
                return new LoadedSpec.Invalid(location, e.getMessage());
            }
            throw e;
        }
    }
}
