package io.factoreally.internal.model;

import io.factoreally.FactoreallyException;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.Resource;
import io.github.classgraph.ScanResult;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the model class a user named ({@code --model}): by fully qualified name, by simple name or by a
 * qualified suffix ({@code countries.Country}, {@code Outer.Inner}), on the current classpath or on an
 * extra classpath of directories and jars.
 *
 * <p>ClassGraph lists class files without reading or loading them; only the one class that matches is loaded (not
 * initialised). Classes of the extra classpath are loaded through ClassGraph from a class loader whose
 * parent is the caller's context class loader, so Jackson annotations resolve to the same Jackson; that
 * loader stays open as long as the model class is in use. When a name exists on both, the current
 * classpath wins, as with parent-first delegation.
 */
public final class ModelResolver {
    private static final Pattern NAME = Pattern.compile(
            "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*([.$]\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");
    private static final int SUGGESTIONS = 5;
    private static final Pattern LOCAL_OR_ANONYMOUS = Pattern.compile("\\$\\d");

    private ModelResolver() {
    }

    /**
     * Loads the class called {@code name}.
     *
     * @param name      fully qualified, qualified-suffix or simple class name
     * @param classpath extra directories and jars (may be empty)
     * @throws FactoreallyException when the name is invalid, not found (with the closest names), matches
     *                              several classes (listing them), or the class cannot be loaded
     */
    public static Class<?> resolve(String name, List<Path> classpath) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new FactoreallyException("Invalid model class name '" + name
                    + "': expected a Java class name such as User or com.example.User");
        }
        for (Path entry : classpath) {
            if (!Files.exists(entry)) {
                throw new FactoreallyException("Classpath entry not found: " + entry);
            }
        }
        ClassLoader context = contextLoader();
        if (classpath.isEmpty() && name.contains(".")) {
            try {
                return Class.forName(name, false, context); // fast path: a fully qualified name
            } catch (ClassNotFoundException | LinkageError e) {
                // not a binary name on the classpath: scan below (nested class, suffix, suggestions)
            }
        }
        try (ScanResult current = new ClassGraph().scan();
             ScanResult extra = classpath.isEmpty() ? null : scanExtra(classpath, context)) {
            Map<String, ScanResult> all = new LinkedHashMap<>();
            if (extra != null) {
                classNames(extra).forEach(c -> all.put(c, extra));
            }
            classNames(current).forEach(c -> all.put(c, current)); // current classpath wins
            String found = pick(name, all.keySet(), classpath);
            return load(found, all.get(found));
        }
    }

    /**
     * Names of the named classes in a scan, from class-file paths only (reading no class file keeps the
     * scan of a large classpath fast); anonymous and local classes, package-info and module-info are left
     * out.
     */
    private static List<String> classNames(ScanResult scan) {
        List<String> names = new ArrayList<>();
        for (Resource r : scan.getResourcesWithExtension("class")) {
            String path = r.getPath();
            if (path.startsWith("META-INF/")) {
                continue; // multi-release copies
            }
            String name = path.substring(0, path.length() - ".class".length()).replace('/', '.');
            if (!LOCAL_OR_ANONYMOUS.matcher(name).find() && !name.endsWith("package-info")
                    && !name.equals("module-info")) {
                names.add(name);
            }
        }
        return names;
    }

    private static ScanResult scanExtra(List<Path> classpath, ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        for (Path p : classpath) {
            try {
                urls.add(p.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new FactoreallyException("Invalid classpath entry " + p + ": " + e.getMessage(), e);
            }
        }
        @SuppressWarnings("resource") // must stay open while the model class is used
        URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), parent);
        return new ClassGraph().overrideClassLoaders(loader).ignoreParentClassLoaders().scan();
    }

    private static String pick(String name, Set<String> all, List<Path> classpath) {
        String wanted = name.replace('$', '.');
        List<String> exact = new ArrayList<>();
        List<String> suffix = new ArrayList<>();
        for (String c : all) {
            String canonical = c.replace('$', '.');
            if (canonical.equals(wanted)) {
                exact.add(c);
            } else if (canonical.endsWith("." + wanted)) {
                suffix.add(c);
            }
        }
        List<String> matches = exact.isEmpty() ? suffix : exact;
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            Set<String> names = new TreeSet<>(matches);
            throw new FactoreallyException("Model class name '" + name + "' is ambiguous, it matches "
                    + names.size() + " classes: " + String.join(", ", names) + "; give the fully qualified name");
        }
        List<String> closest = ClosestNames.find(name, all, SUGGESTIONS);
        String where = classpath.isEmpty() ? "the classpath" : "the classpath or " + classpath.stream()
                .map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        throw new FactoreallyException("Model class '" + name + "' not found on " + where
                + (closest.isEmpty() ? "; no similar class names found" : "; closest names: " + String.join(", ", closest)));
    }

    private static Class<?> load(String name, ScanResult scan) {
        try {
            return scan.loadClass(name, false);
        } catch (IllegalArgumentException | LinkageError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new FactoreallyException("Cannot load model class " + name + ": " + cause, e);
        }
    }

    private static ClassLoader contextLoader() {
        ClassLoader l = Thread.currentThread().getContextClassLoader();
        return l != null ? l : ModelResolver.class.getClassLoader();
    }
}
