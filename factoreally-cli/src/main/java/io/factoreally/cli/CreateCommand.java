package io.factoreally.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.factoreally.AnalysisResult;
import io.factoreally.CreateOptions;
import io.factoreally.FactoreallyException;
import io.factoreally.SpecCreator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code factoreally create}: learns a spec from sample records and writes it atomically. */
@Command(name = "create", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Learns a factory spec from sample records (JSON array or NDJSON).",
        description = {"Learns a factory spec from sample records: a JSON array of objects or NDJSON "
                + "(one object per line), detected from the content.",
            "The spec is written atomically: a failed run leaves no output file and never touches an existing one.",
            "Strings seen fewer than --min-occurrences times are never stored verbatim (privacy)."},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  factoreally create --in users.json --out users.spec.json",
            "  zcat users.ndjson.gz | factoreally create --in - --out users.spec.json -q",
            "  factoreally create --in users.json --out users.spec.json \\",
            "      --model com.acme.User --classpath target/classes",
            "  factoreally create --config create.json",
            "      with create.json = {\"--in\": \"users.json\", \"--out\": \"users.spec.json\"}",
            "  factoreally create --in users.json --out users.spec.json --python-compatible"})
final class CreateCommand implements Callable<Integer> {
    private final StdStreams streams;

    @Spec
    CommandSpec spec;

    @Option(names = "--in", paramLabel = "FILE|-", description = "Sample records (JSON array or NDJSON); - reads standard input.")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the spec (replaced atomically).")
    Path out;

    @Option(names = "--model", paramLabel = "CLASS",
            description = "A model class (fully qualified or simple name): its Map properties are analysed as "
                    + "dynamic maps.")
    String model;

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Where to find --model: directories and jars separated by '${sys:path.separator}'.")
    String classpath;

    @Option(names = {"--config", "--cli"}, paramLabel = "FILE",
            description = "JSON object of defaults for any option, e.g. {\"--in\": \"a.json\", \"--out\": \"a.spec.json\"}; "
                    + "command-line options win.")
    Path config;

    @Option(names = "--min-occurrences", paramLabel = "K", defaultValue = "5",
            description = "Privacy: store a string verbatim only if it occurs at least K times (default: ${DEFAULT-VALUE}).")
    int minOccurrences;

    @Option(names = "--threads", paramLabel = "N",
            description = "Analysis threads (default: all cores; the spec is the same for any N).")
    Integer threads;

    @Option(names = "--python-compatible",
            description = "Write only hints and parameters the original Python factoreally reads.")
    boolean pythonCompatible;

    @Option(names = "--no-relations",
            description = "Do not learn relations between fields (the spec's relations section), e.g. to compare "
                    + "fidelity with and without them.")
    boolean noRelations;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "More detail in the summary; stack traces on errors.")
    boolean verbose;

    @Option(names = "--progress-interval-ms", hidden = true, defaultValue = "2000",
            description = "Time between plain progress lines when standard error is not a terminal.")
    long progressIntervalMs;

    CreateCommand(StdStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        ConfigDefaults.apply(spec, config);
        InputFiles.require(spec, in, "--in");
        InputFiles.require(spec, out, "--out");
        boolean stdin = InputFiles.isStdio(in);
        if (!stdin) {
            InputFiles.checkReadable(spec, in, "--in");
        }
        InputFiles.checkWritable(spec, out, "--out");
        if (!stdin) {
            InputFiles.checkDistinct(spec, in, "--in", out, "--out");
        }
        if (minOccurrences < 1) {
            throw new ParameterException(spec.commandLine(), "--min-occurrences must be at least 1, not " + minOccurrences);
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        CreateOptions options = CreateOptions.defaults().minOccurrences(minOccurrences).pythonCompatible(pythonCompatible)
                .relations(!noRelations);
        if (threads != null) {
            options = options.threads(threads);
        }
        if (model != null) {
            try {
                options = options.modelName(model, classpathEntries());
            } catch (FactoreallyException e) {
                if (classpath == null && e.getMessage().contains("not found")) {
                    throw new FactoreallyException(e.getMessage()
                            + " (add the directory or jar that holds it with --classpath)", e);
                }
                throw e;
            }
        }

        String name = stdin ? "<stdin>" : in.toString();
        long total = stdin ? -1 : Files.size(in);
        if (!quiet) {
            streams.err().println("Loading " + name + (total >= 0 ? " (" + Rates.size(total) + ")" : ""));
            if (model != null) {
                streams.err().println("Using model: " + model);
            }
        }
        AnalysisResult result;
        try (Progress progress = Progress.start(streams, quiet, "create", Progress.Unit.BYTES, total,
                Duration.ofMillis(progressIntervalMs))) {
            options = options.progress((bytes, records) -> progress.update(bytes >= 0 ? bytes : records, records));
            result = stdin
                    ? SpecCreator.analyze(streams.in(), name, options)
                    : SpecCreator.analyze(in, options);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof JsonProcessingException j) {
                throw new FactoreallyException(ErrorMessages.json(j, name), e);
            }
            throw e;
        }
        result.spec().write(out, pythonCompatible);
        if (!quiet) {
            summary(result, Files.size(out));
        }
        return 0;
    }

    private void summary(AnalysisResult r, long specSize) {
        PrintWriter w = spec.commandLine().getOut();
        long withheld = r.withheldValues().values().stream().mapToLong(Long::longValue).sum();
        double seconds = r.elapsed().toNanos() / 1e9;
        w.println("Records:          " + Rates.count(r.records()));
        w.println("Data points:      " + Rates.count(r.dataPoints()));
        w.println("Fields:           " + Rates.count(r.fields()));
        w.println("Dynamic maps:     " + Rates.count(r.dynamicMaps()));
        w.println("Withheld values:  " + Rates.count(withheld) + " (strings seen fewer than " + minOccurrences
                + " times, in " + fields(r.withheldValues().size()) + ")");
        w.println("Format fields:    " + Rates.count(r.formatFields()) + " (strings made from a learned format:"
                + " none stored)");
        w.println("Time:             " + Rates.duration(r.elapsed()) + " ("
                + Rates.count(Math.round(seconds > 0 ? r.records() / seconds : 0)) + " records/s)");
        w.println("Saved to:         " + out + " (" + Rates.size(specSize) + ")");
        if (verbose) {
            for (Map.Entry<String, Long> e : r.withheldValues().entrySet()) {
                w.println("  withheld in " + e.getKey() + ": " + Rates.count(e.getValue()));
            }
        }
        w.flush();
    }

    private static String fields(int n) {
        return Rates.count(n) + (n == 1 ? " field" : " fields");
    }

    /** {@code --classpath} split on the platform's path separator. */
    private List<Path> classpathEntries() {
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
}
