package io.factoreally.cli;

import io.factoreally.FactorySpec;
import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.MissingHint;
import io.factoreally.internal.spec.NullHint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code factoreally inspect}: loads (and so validates) a spec and lists its fields. */
@Command(name = "inspect", aliases = "validate", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Checks a spec and lists its fields.",
        description = {"Checks a factory spec (exit 1 with the field path, hint and parameter when it is invalid) "
                + "and lists its fields: path and hint chain, with the share of records where the field is "
                + "missing or null."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  factoreally inspect users.spec.json",
            "  factoreally validate users.spec.json --quiet && echo valid"})
final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPEC", arity = "1..*", description = "Spec files.")
    List<Path> files;

    @Option(names = {"-q", "--quiet"}, description = "Only check: print nothing when valid.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        for (Path file : files) {
            InputFiles.checkReadable(spec, file, "SPEC");
            FactorySpec s = FactorySpec.read(file);
            if (quiet) {
                continue;
            }
            w.println(file + ": valid, " + s.paths().size() + " fields");
            int width = 0;
            for (String p : s.paths()) {
                width = Math.max(width, p.length());
            }
            for (Map.Entry<String, List<Hint>> e : s.fields().entrySet()) {
                w.println("  " + pad(e.getKey(), Math.min(width, 48)) + "  " + describe(e.getValue()));
            }
        }
        w.flush();
        return 0;
    }

    private static String describe(List<Hint> hints) {
        List<String> parts = new ArrayList<>();
        for (Hint h : hints) {
            if (h instanceof MissingHint m) {
                parts.add(String.format(Locale.ROOT, "MISSING %.1f%%", m.pct()));
            } else if (h instanceof NullHint n) {
                parts.add(String.format(Locale.ROOT, "NULL %.1f%%", n.pct()));
            } else {
                parts.add(h.type());
            }
        }
        return String.join(", ", parts);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
