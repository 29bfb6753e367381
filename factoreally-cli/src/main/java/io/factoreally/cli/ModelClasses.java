package io.factoreally.cli;

import io.factoreally.FactoreallyException;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Loads the {@code --model} class by name from {@code --classpath} (and the CLI's own classpath),
 * without running its static initialisers. An unknown name is reported with the closest class names
 * found on the given classpath.
 */
final class ModelClasses {
    private static final int SUGGESTIONS = 3;

    private ModelClasses() {
    }

    static List<Path> parseClasspath(String classpath) {
        List<Path> entries = new ArrayList<>();
        if (classpath != null) {
            for (String s : classpath.split(File.pathSeparator)) {
                if (!s.isBlank()) {
                    entries.add(Path.of(s));
                }
            }
        }
        return entries;
    }

    static Class<?> load(String name, List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path p : classpath) {
            if (!Files.exists(p)) {
                throw new FactoreallyException("--classpath entry not found: " + p);
            }
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new FactoreallyException("--classpath entry is not a valid path: " + p);
            }
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ModelClasses.class.getClassLoader());
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw unknown(name, classpath, e);
        }
    }

    private static FactoreallyException unknown(String name, List<Path> classpath, Throwable cause) {
        if (classpath.isEmpty()) {
            return new FactoreallyException("unknown model class '" + name
                    + "': add the directory or jar that holds it with --classpath", cause);
        }
        List<String> closest = closest(name, classpath);
        return new FactoreallyException("unknown model class '" + name + "' on --classpath "
                + classpath.stream().map(Path::toString).reduce((a, b) -> a + File.pathSeparator + b).orElse("")
                + (closest.isEmpty() ? " (no classes found there)" : "; closest: " + String.join(", ", closest)),
                cause);
    }

    private static List<String> closest(String name, List<Path> classpath) {
        String wanted = name.toLowerCase(Locale.ROOT);
        String wantedSimple = wanted.substring(wanted.lastIndexOf('.') + 1);
        try (ScanResult scan = new ClassGraph().overrideClasspath(classpath.stream().map(Path::toString).toList())
                .enableClassInfo().ignoreClassVisibility().scan()) {
            return scan.getAllClasses().stream()
                    .filter(c -> !c.isAnonymousInnerClass() && !c.getName().endsWith("package-info"))
                    .map(ClassInfo::getName)
                    .sorted(Comparator.<String>comparingInt(c -> distance(simple(c), wantedSimple))
                            .thenComparingInt(c -> distance(c.toLowerCase(Locale.ROOT), wanted))
                            .thenComparing(Comparator.naturalOrder()))
                    .limit(SUGGESTIONS)
                    .toList();
        }
    }

    private static String simple(String className) {
        String s = className.toLowerCase(Locale.ROOT);
        return s.substring(Math.max(s.lastIndexOf('.'), s.lastIndexOf('$')) + 1);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
